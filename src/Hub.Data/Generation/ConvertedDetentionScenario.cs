namespace Hub.Data.Generation;

/// <summary>
/// M11-R2: a 刑事拘留 coercive_measure whose outcome is 撤案 or 转行政处罚, and an admin_penalty of the same person with
/// violation_type 盗窃 and involved_value ≥ 盗窃-数额较大 (2,000 for region 43), decided on or after the detention's
/// start for conduct on or before it. Evidence: the measure and the penalty. Each detention here also has a criminal
/// case_intake (accepted on the detention day, filed, then revoked), so neither M01 nor M02 sees it, and no review, so
/// M11-a finds every one of them (its evidence: the measure). Per scale, planted: 转行政处罚 with a 3,500-yuan theft;
/// 撤案 with a theft of exactly 2,000. Near-misses of R2 alone (M11-a subjects): 转行政处罚 with a 1,999-yuan theft;
/// 取保候审 with a 3,000-yuan theft.
/// </summary>
internal static class ConvertedDetentionScenario
{
    private static readonly (string Outcome, decimal Theft, bool Planted)[] s_cases =
    [
        ("转行政处罚", 3_500m, true),
        ("撤案", 2_000m, true),
        ("转行政处罚", 1_999m, false),
        ("取保", 3_000m, false),
    ];

    public static void Generate(GenerationContext g)
    {
        var m11 = g.Truth.Model("M11");
        for (var i = 0; i < g.Scale; i++)
        {
            foreach (var (outcome, theft, planted) in s_cases)
            {
                var person = g.Keys.Person();
                var start = g.Keys.Date(GenerationContext.AsOf.AddDays(-200), GenerationContext.AsOf.AddDays(-60));
                var measure = DetentionTermScenario.Write(g, person.Id, "刑事拘留", start, start.AddDays(5), outcome, extended: false);
                g.Row("case_intake", "PSB", new()
                {
                    ["psb_case_no"] = $"A43028125{person.Id[^8..]}",
                    ["case_kind"] = "刑事",
                    ["suspected_charge"] = "盗窃罪",
                    ["suspect_id_number"] = person.Id,
                    ["accepted_date"] = GenerationContext.D(start),
                    ["filed_date"] = GenerationContext.D(start.AddDays(1)),
                    ["revoked_date"] = GenerationContext.D(start.AddDays(5)),
                });
                var penalty = g.Row("admin_penalty", "PSB", new()
                {
                    ["agency_kind"] = "PSB",
                    ["decision_no"] = $"醴公(治)行罚决字〔{start.Year}〕Z{person.Id[^6..]}号",
                    ["person_id_number"] = person.Id,
                    ["person_name"] = person.Name,
                    ["violation_type"] = "盗窃",
                    ["penalty_types"] = "ADMIN_DETENTION",
                    ["detention_days"] = "10",
                    ["involved_value"] = GenerationContext.N(theft),
                    ["violation_date"] = GenerationContext.D(start.AddDays(-2)),
                    ["decision_date"] = GenerationContext.D(start.AddDays(6)),
                });
                m11.Subjects.Add(person.Id);
                m11.Records.Add(measure);
                if (planted)
                {
                    m11.Records.Add(penalty);
                }
            }
        }
    }
}
