namespace Hub.Data.Generation;

/// <summary>
/// M04 (b) and (c): emitters other than penalised ones with no env_tax_declaration (entity_uscc, tax_period) for a due
/// quarter. At the as-of date 2025-06-30 the due quarters are 2025Q1 and before (15 days after the quarter's end).
/// (b) A discharge_permit with status 有效 in force (valid_from ≤ quarter's last day, valid_to null or ≥ its first)
/// during one of the 4 latest due quarters, 2024Q2–2025Q1. Evidence: the permit, one clue per quarter.
/// (c) A lake_hit of model M04 with resolved_uscc and resolution_confidence ≥ 0.8, in a due quarter. Evidence: the hit.
/// Per scale, planted: a permit holder that declared 2024Q2–2024Q4 but not 2025Q1; an enterprise named by a 0.9 hit
/// in 2024Q3. Near-misses: a permit holder that declared all four quarters; a permit that expired on 2024-03-31; a
/// revoked (注销) permit; all three without other declarations; a 0.6 hit; a 0.9 hit in a quarter that was declared.
/// </summary>
internal static class PermitTaxScenario
{
    private static readonly string[] s_dueQuarters = ["2024Q2", "2024Q3", "2024Q4", "2025Q1"];

    public static void Generate(GenerationContext g)
    {
        var m04 = g.Truth.Model("M04");
        g.Truth.Parameters["m04.permitQuarters"] = s_dueQuarters.Length;
        g.Truth.Parameters["m04.minLakeConfidence"] = 0.8m;
        for (var i = 0; i < g.Scale; i++)
        {
            var missing = g.Keys.CreditCode();
            m04.Subjects.Add(missing);
            m04.Records.Add(Permit(g, missing, "有效", new DateOnly(2022, 1, 1), new DateOnly(2027, 12, 31)));
            Declare(g, missing, s_dueQuarters[..^1]);

            var declared = g.Keys.CreditCode();
            Permit(g, declared, "有效", new DateOnly(2022, 1, 1), new DateOnly(2027, 12, 31));
            Declare(g, declared, s_dueQuarters);
            var expired = g.Keys.CreditCode();
            Permit(g, expired, "有效", new DateOnly(2021, 4, 1), new DateOnly(2024, 3, 31));
            var revoked = g.Keys.CreditCode();
            Permit(g, revoked, "注销", new DateOnly(2022, 1, 1), new DateOnly(2027, 12, 31));
            m04.NearMisses.AddRange([declared, expired, revoked]);

            var named = g.Keys.CreditCode();
            m04.Subjects.Add(named);
            m04.Records.Add(Hit(g, named, new DateOnly(2024, 8, 12), 0.9m));
            var unsure = g.Keys.CreditCode();
            Hit(g, unsure, new DateOnly(2024, 8, 12), 0.6m);
            var paid = g.Keys.CreditCode();
            Hit(g, paid, new DateOnly(2024, 8, 12), 0.9m);
            Declare(g, paid, ["2024Q3"]);
            m04.NearMisses.AddRange([unsure, paid]);
        }
    }

    private static void Declare(GenerationContext g, string uscc, IEnumerable<string> quarters)
    {
        foreach (var quarter in quarters)
        {
            EnvironmentTaxScenario.Declare(g, uscc, quarter, g.Random.Next(2_000, 30_000));
        }
    }

    private static string Permit(GenerationContext g, string uscc, string status, DateOnly from, DateOnly to) =>
        g.Row("discharge_permit", "ECO", new()
        {
            ["permit_no"] = $"91430281{uscc[^6..]}001P",
            ["entity_uscc"] = uscc,
            ["industry_code"] = "C3071",
            ["pollutants"] = "颗粒物|二氧化硫|氮氧化物",
            ["valid_from"] = GenerationContext.D(from),
            ["valid_to"] = GenerationContext.D(to),
            ["status"] = status,
        });

    private static string Hit(GenerationContext g, string uscc, DateOnly day, decimal confidence) =>
        LakeTicketHit.Write(g, "M04", "环境保护", "反映经开区一家陶瓷企业夜间冒黑烟，气味刺鼻。", "冒黑烟", uscc, day, confidence);
}
