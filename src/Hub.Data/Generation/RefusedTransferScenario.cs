namespace Hub.Data.Generation;

/// <summary>
/// M02-b: a case_intake with a transfer_id and a not_filed_decision_date or revoked_date, whose transfer_record's
/// admin_decision_no is an admin_penalty of agency_kind ECO with hazardous_waste_tonnes ≥ 3, or a 铅/汞/镉/铬/砷/铊/锑
/// pollutant exceeding 3 times (污染环境-* rows of legal_threshold). Subject: the transfer id; evidence: the intake and
/// the penalty. The transfers have a police decision and the intakes a decision, so M02-a and M02-c stay quiet, and M01
/// sees the transfer. Per scale, planted: 4 t refused; 铅 at 3.5 times filed then revoked. Near-misses: 2.9 t refused;
/// 4 t filed.
/// </summary>
internal static class RefusedTransferScenario
{
    public static void Generate(GenerationContext g)
    {
        var m02 = g.Truth.Model("M02");
        for (var i = 0; i < g.Scale; i++)
        {
            var from = g.Keys.Date(new DateOnly(2024, 3, 1), new DateOnly(2024, 12, 31));
            Plant(m02, g, PollutionCrimeScenario.Penalty(g, "非法处置危险废物", from, waste: 4m), from, refused: true);
            Plant(m02, g, PollutionCrimeScenario.Penalty(g, "超标排放重金属", from, pollutant: "铅", multiple: 3.5m), from, refused: false);
            m02.NearMisses.Add(Case(g, PollutionCrimeScenario.Penalty(g, "非法处置危险废物", from, waste: 2.9m), from, "不予立案").TransferId);
            m02.NearMisses.Add(Case(g, PollutionCrimeScenario.Penalty(g, "非法处置危险废物", from, waste: 4m), from, "立案").TransferId);
        }
    }

    private static void Plant(ExpectedClues m02, GenerationContext g, (string Uscc, string DecisionNo, string Record) penalty, DateOnly from, bool refused)
    {
        var (transferId, intake) = Case(g, penalty, from, refused ? "不予立案" : "撤案");
        m02.Subjects.Add(transferId);
        m02.Records.AddRange([intake, penalty.Record]);
    }

    /// <summary>The penalty's transfer, received 45 days after the violation began, and the police intake deciding it.</summary>
    private static (string TransferId, string Intake) Case(GenerationContext g, (string Uscc, string DecisionNo, string Record) penalty, DateOnly from, string outcome)
    {
        var received = from.AddDays(45);
        var transferId = PollutionCrimeScenario.Transfer(g, penalty, received, outcome == "不予立案" ? "不予立案" : "立案");
        var intake = g.Row("case_intake", "PSB", new()
        {
            ["psb_case_no"] = $"A43028127{penalty.Uscc[^8..]}",
            ["transfer_id"] = transferId,
            ["case_kind"] = "刑事",
            ["suspected_charge"] = "污染环境罪",
            ["accepted_date"] = GenerationContext.D(received),
            ["filed_date"] = outcome == "不予立案" ? null : GenerationContext.D(received.AddDays(2)),
            ["not_filed_decision_date"] = outcome == "不予立案" ? GenerationContext.D(received.AddDays(2)) : null,
            ["revoked_date"] = outcome == "撤案" ? GenerationContext.D(received.AddDays(60)) : null,
        });
        return (transferId, intake);
    }
}
