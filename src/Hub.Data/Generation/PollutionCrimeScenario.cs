using System.Globalization;

namespace Hub.Data.Generation;

/// <summary>
/// M01 (b): environmental penalties whose facts are 严重污染环境 (两高2023解释 art. 1) and that were never transferred.
/// Rules assumed: an admin_penalty of agency_kind ECO on an organisation with no transfer_record naming its decision
/// number, and (b1) hazardous_waste_tonnes ≥ 3; or (b2) a 铅/汞/镉/铬/砷/铊/锑 pollutant exceeding 3 times, or a
/// 镍/铜/锌/银/钒/锰/钴 one 10 times; or (b3) method 暗管 (or another evasive method); or (b4) violation_type
/// 放射性废物/传染病病原体废物/有毒物质 when the organisation had two or more such penalties decided in the two years
/// before the violation began. Evidence: the penalty that meets the standard (for b4 the new one, not the earlier two).
/// Per scale one organisation per sub-rule. Near-misses per scale: 2.95 t of hazardous waste; 铅 at 2.9 times; 铜 at
/// 9.5 times; a 暗管 discharge that was transferred; a third toxic discharge whose first earlier penalty is 30 months
/// old. The violation types are not M04's taxable ones, so M04 does not see these penalties.
/// </summary>
internal static class PollutionCrimeScenario
{
    private const string Toxic = "有毒物质";

    public static void Generate(GenerationContext g)
    {
        var m01 = g.Truth.Model("M01");
        for (var i = 0; i < g.Scale; i++)
        {
            var from = g.Keys.Date(new DateOnly(2024, 3, 1), new DateOnly(2024, 12, 31));
            Plant(m01, Penalty(g, "非法处置危险废物", from, waste: 3.5m));
            Plant(m01, Penalty(g, "超标排放重金属", from, pollutant: "铅", multiple: 3.4m));
            Plant(m01, Penalty(g, "通过暗管排放", from, method: "暗管"));
            var repeat = g.Keys.CreditCode();
            Penalty(g, Toxic, from.AddMonths(-22), uscc: repeat);
            Penalty(g, Toxic, from.AddMonths(-10), uscc: repeat);
            Plant(m01, Penalty(g, Toxic, from, uscc: repeat));

            NearMiss(m01, Penalty(g, "非法处置危险废物", from, waste: 2.95m));
            NearMiss(m01, Penalty(g, "超标排放重金属", from, pollutant: "铅", multiple: 2.9m));
            NearMiss(m01, Penalty(g, "超标排放重金属", from, pollutant: "铜", multiple: 9.5m));
            var transferred = Penalty(g, "通过暗管排放", from, method: "暗管");
            Transfer(g, transferred, from.AddDays(45));
            NearMiss(m01, transferred);
            var lapsed = g.Keys.CreditCode();
            Penalty(g, Toxic, from.AddMonths(-31), uscc: lapsed);
            Penalty(g, Toxic, from.AddMonths(-10), uscc: lapsed);
            NearMiss(m01, Penalty(g, Toxic, from, uscc: lapsed));
        }
    }

    private static void Plant(ExpectedClues m01, (string Uscc, string DecisionNo, string Record) penalty)
    {
        m01.Subjects.Add(penalty.Uscc);
        m01.Records.Add(penalty.Record);
    }

    private static void NearMiss(ExpectedClues m01, (string Uscc, string DecisionNo, string Record) penalty) => m01.NearMisses.Add(penalty.Uscc);

    internal static (string Uscc, string DecisionNo, string Record) Penalty(GenerationContext g, string type, DateOnly from,
        string? uscc = null, decimal? waste = null, string? pollutant = null, decimal? multiple = null, string? method = null)
    {
        uscc ??= g.Keys.CreditCode();
        var decisionNo = $"株环罚〔{from.Year}〕{uscc[^8..]}-{from:MMdd}号";
        var record = g.Row("admin_penalty", "ECO", new()
        {
            ["agency_kind"] = "ECO",
            ["decision_no"] = decisionNo,
            ["entity_uscc"] = uscc,
            ["violation_type"] = type,
            ["penalty_types"] = "FINE",
            ["fine_amount"] = g.Keys.Money(50_000, 500_000),
            ["pollutant"] = pollutant,
            ["exceed_multiple"] = multiple?.ToString("0.00", CultureInfo.InvariantCulture),
            ["hazardous_waste_tonnes"] = waste?.ToString("0.000", CultureInfo.InvariantCulture),
            ["method"] = method,
            ["violation_period_from"] = GenerationContext.D(from),
            ["violation_period_to"] = GenerationContext.D(from.AddDays(20)),
            ["decision_date"] = GenerationContext.D(from.AddDays(40)),
        });
        return (uscc, decisionNo, record);
    }

    /// <summary>
    /// The transfer of a penalty's case to the police, decided in time (by default filed, so neither M01 nor M02 sees
    /// it); returns its transfer id.
    /// </summary>
    internal static string Transfer(GenerationContext g, (string Uscc, string DecisionNo, string Record) penalty, DateOnly received, string decision = "立案")
    {
        var transferId = $"YX-{penalty.Uscc[^8..]}";
        g.Row("transfer_record", "XZJ", new()
        {
            ["transfer_id"] = transferId,
            ["admin_agency"] = "ECO",
            ["admin_decision_no"] = penalty.DecisionNo,
            ["entity_uscc"] = penalty.Uscc,
            ["suspected_charge"] = "污染环境罪",
            ["report_date"] = GenerationContext.D(received.AddDays(-4)),
            ["approved_date"] = GenerationContext.D(received.AddDays(-2)),
            ["sent_date"] = GenerationContext.D(received.AddDays(-1)),
            ["received_by_police_date"] = GenerationContext.D(received),
            ["police_decision"] = decision,
            ["police_decision_date"] = GenerationContext.D(received.AddDays(2)),
        });
        return transferId;
    }
}
