namespace Hub.Data.Generation;

/// <summary>
/// M11 criminal detentions that flow downward: 刑事拘留 released, bailed, revoked or converted with no arrest or
/// prosecution review within 37 days. Background: reviewed within a week.
/// Rule assumed: a coercive_measure of measure_type 刑事拘留 with outcome 释放, 取保候审, 监视居住, 撤案 or 转行政处罚
/// and no arrest_prosecution_review of the person with received_date in [start_date, start_date + 37 days].
/// Rows of sealed (minors') records are out of scope. Evidence: the measure. Near-misses per scale: 5 with the same
/// downward outcomes and a review received on day 30; 1 sealed detention of a 17-year-old released with no review.
/// </summary>
internal static class DetentionScenario
{
    private static readonly string[] s_downward = ["释放", "取保", "撤案", "转行政处罚"];

    public static void Generate(GenerationContext g)
    {
        var m11 = g.Truth.Model("M11");
        for (var i = 0; i < 517 * g.Scale; i++)
        {
            var person = g.Keys.Person();
            var planted = i < 12 * g.Scale;
            var nearMiss = !planted && i < 17 * g.Scale;
            var start = g.Keys.Date(new DateOnly(2023, 1, 1), GenerationContext.AsOf.AddDays(-60));
            var measure = g.Row("coercive_measure", "PSB", new()
            {
                ["measure_id"] = $"XJ-{i + 1:D7}",
                ["person_id_number"] = person.Id,
                ["measure_type"] = "刑事拘留",
                ["start_date"] = GenerationContext.D(start),
                ["end_date"] = GenerationContext.D(start.AddDays(planted ? 10 : 3)),
                ["outcome"] = planted || nearMiss ? g.Keys.Pick(s_downward) : "提请批捕",
                ["psb_case_no"] = $"C4302810{i:D6}",
            });
            g.Row("custody_in_out", "PSB", new()
            {
                ["facility_type"] = "看守所",
                ["facility_code"] = "430281KSS",
                ["person_id_number"] = person.Id,
                ["in_date"] = GenerationContext.D(start),
                ["out_date"] = GenerationContext.D(start.AddDays(planted ? 10 : 3)),
                ["in_reason"] = "刑事拘留",
                ["out_reason"] = planted || nearMiss ? "变更强制措施" : "逮捕",
            });
            if (planted)
            {
                m11.Subjects.Add(person.Id);
                m11.Records.Add(measure);
                continue;
            }

            if (nearMiss)
            {
                m11.NearMisses.Add(person.Id);
            }

            g.Row("arrest_prosecution_review", "SPP", new()
            {
                ["spp_case_id"] = $"SPP-SB-{i + 1:D7}",
                ["person_id_number"] = person.Id,
                ["review_type"] = nearMiss ? "审查起诉" : "审查逮捕",
                ["received_date"] = GenerationContext.D(start.AddDays(nearMiss ? 30 : 3)),
                ["decision"] = nearMiss ? "起诉" : "批准逮捕",
            });
        }

        for (var i = 0; i < g.Scale; i++)
        {
            var minor = g.Keys.Person(GenerationContext.AsOf.Year - 17, GenerationContext.AsOf.Year - 17);
            var start = g.Keys.Date(GenerationContext.AsOf.AddDays(-200), GenerationContext.AsOf.AddDays(-60));
            g.Row("coercive_measure", "PSB", new()
            {
                ["measure_id"] = $"XJ-M{i + 1:D6}",
                ["person_id_number"] = minor.Id,
                ["measure_type"] = "刑事拘留",
                ["start_date"] = GenerationContext.D(start),
                ["end_date"] = GenerationContext.D(start.AddDays(5)),
                ["outcome"] = "释放",
                ["psb_case_no"] = $"C4302819{i:D6}",
                ["sealed"] = "true",
            });
            m11.NearMisses.Add(minor.Id);
        }
    }
}
