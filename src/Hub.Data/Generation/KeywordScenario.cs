using System.Globalization;

namespace Hub.Data.Generation;

/// <summary>
/// M09 (e-bikes charged in residential buildings, DOMAIN.md §3 M09 and §5.3): 12345 tickets naming e-bikes, charging
/// and a stairwell, and the hits the 醴陵 lake platform's keyword rules delivered for them (<c>lake_hit</c>, agency
/// LAKE). A compound with at least 5 such complaints is a clue (its name is the subject). Near-misses: compounds with
/// 2–3 complaints, and a compound whose 5 complaints were all answered 已整改 (no hits: the rule suppresses them).
/// Rule assumed: lake_hit rows of model M09 grouped by resolved_address, hit_date within 90 days before the as-of
/// date (all planted hits are within 80), count ≥ 5 (parameter m09.minComplaints). Evidence: the hotline tickets
/// (text_data_set/text_agency/text_record_id of the hits).
/// </summary>
internal static class KeywordScenario
{
    private const int MinComplaints = 5;
    private static readonly string[] s_terms = ["电动车", "充电", "楼道"];

    public static void Generate(GenerationContext g)
    {
        var m09 = g.Truth.Model("M09");
        g.Truth.Parameters["m09.minComplaints"] = MinComplaints;
        var compound = 0;
        for (var i = 0; i < 3 * g.Scale; i++)
        {
            var name = Compound(++compound);
            m09.Subjects.Add(name);
            for (var t = 0; t < MinComplaints + g.Random.Next(0, 4); t++)
            {
                m09.Records.Add(Complaint(g, name, resolved: false));
            }
        }

        for (var i = 0; i < 4 * g.Scale; i++)
        {
            var name = Compound(++compound);
            var resolved = i % 4 == 0;
            m09.NearMisses.Add(name);
            for (var t = 0; t < (resolved ? MinComplaints : 2 + g.Random.Next(0, 2)); t++)
            {
                Complaint(g, name, resolved);
            }
        }
    }

    private static string Compound(int number) => $"瓷城{number:D3}小区";

    /// <summary>Writes a ticket and, unless resolved, its hit; returns the ticket's evidence reference.</summary>
    private static string Complaint(GenerationContext g, string compound, bool resolved)
    {
        var day = g.Keys.Date(GenerationContext.AsOf.AddDays(-80), GenerationContext.AsOf);
        var content = $"{compound}{g.Random.Next(1, 20)}栋楼道里有人给电动车充电，私拉电线，担心起火。";
        var ticketId = $"12345-M09-{g.Random.Next(0, 100_000_000):D8}";
        var ticket = g.Row("hotline_ticket", "12345", new()
        {
            ["ticket_id"] = ticketId,
            ["received_at"] = $"{GenerationContext.D(day)}T{g.Random.Next(8, 22):D2}:{g.Random.Next(0, 60):D2}:00+08:00",
            ["channel"] = "电话",
            ["address"] = compound,
            ["category"] = "消防安全",
            ["content"] = content,
            ["handling_dept"] = "醴陵市消防救援大队",
            ["reply"] = resolved ? "经核实，已整改，已安装充电桩。" : "已转交属地街道处理。",
            ["status"] = "已办结",
        });
        if (!resolved)
        {
            var recordId = ticket.Split('/')[2];
            g.Row("lake_hit", "LAKE", new()
            {
                ["hit_id"] = $"HIT-{recordId}",
                ["model_id"] = "M09",
                ["rule_version"] = "3",
                ["text_data_set"] = "hotline_ticket",
                ["text_agency"] = DemoAgencies.Code("12345"),
                ["text_record_id"] = recordId,
                ["text_field"] = "content",
                ["matched_terms"] = string.Join('|', s_terms),
                ["offsets"] = string.Join('|', s_terms.Select(t => $"{content.IndexOf(t, StringComparison.Ordinal)}:{t.Length}")),
                ["hit_date"] = GenerationContext.D(day),
                ["resolved_address"] = compound,
                ["geo"] = string.Create(CultureInfo.InvariantCulture, $"{27.60 + (g.Random.Next(0, 1000) / 10_000.0):F4},{113.45 + (g.Random.Next(0, 1000) / 10_000.0):F4}"),
                ["resolution_confidence"] = "0.90",
            });
        }

        return ticket;
    }
}
