namespace Hub.Data.Generation;

/// <summary>
/// M06 (c) 应通知而未通知: explosives-offence probationers taken into custody during their correction term whose
/// correction bureau recorded no notice of it. Rule assumed: a cc_subject as in <see cref="CorrectionScenario"/> (在矫,
/// the explosives charge), a custody_in_out of the person with in_reason 行政拘留, 刑事拘留 or 强制隔离戒毒 and in_date
/// within the term and more than 3 days before the as-of date, and no cc_event 被拘留通知 of the cc_id dated within 3
/// days of in_date. Evidence: the subject row and the custody row. No penalty or coercive measure goes with these
/// custodies, so M06's other rules do not see them. Per scale one plant; near-misses: notice recorded on day 2, and a
/// custody that began 2 days before the as-of date (its notice is not due yet).
/// </summary>
internal static class CorrectionNoticeScenario
{
    private const string Explosives = "非法制造、买卖、运输、邮寄、储存爆炸物罪";

    /// <summary>When the planted probationers' correction began.</summary>
    public static DateOnly CorrectionStart { get; } = GenerationContext.AsOf.AddMonths(-10);

    public static void Generate(GenerationContext g)
    {
        var m06 = g.Truth.Model("M06");
        var asOf = GenerationContext.AsOf;
        for (var i = 0; i < g.Scale; i++)
        {
            var planted = Probationer(g, $"SQJZ-N{(3 * i) + 1:D6}", asOf.AddDays(-100), noticeAfterDays: null);
            m06.Subjects.Add(planted.Person);
            m06.Records.AddRange([planted.Subject, planted.Custody]);
            m06.NearMisses.Add(Probationer(g, $"SQJZ-N{(3 * i) + 2:D6}", asOf.AddDays(-100), noticeAfterDays: 2).Person);
            m06.NearMisses.Add(Probationer(g, $"SQJZ-N{(3 * i) + 3:D6}", asOf.AddDays(-2), noticeAfterDays: null).Person);
        }
    }

    private static (string Person, string Subject, string Custody) Probationer(GenerationContext g, string ccId, DateOnly detained, int? noticeAfterDays)
    {
        var person = g.Keys.Person();
        var subject = Subject(g, person, ccId);
        var custody = g.Row("custody_in_out", "PSB", new()
        {
            ["facility_type"] = "拘留所",
            ["facility_code"] = "430281JLS",
            ["person_id_number"] = person.Id,
            ["in_date"] = GenerationContext.D(detained),
            ["out_date"] = GenerationContext.D(detained.AddDays(10)),
            ["in_reason"] = "行政拘留",
            ["out_reason"] = "期满释放",
        });
        if (noticeAfterDays is { } days)
        {
            g.Row("cc_event", "SFJ", new()
            {
                ["cc_id"] = ccId,
                ["event_type"] = "被拘留通知",
                ["event_date"] = GenerationContext.D(detained.AddDays(days)),
                ["text"] = "公安机关通知该对象被行政拘留。",
            });
        }

        return (person.Id, subject, custody);
    }

    /// <summary>An explosives-offence probationer under supervision from 10 months before the as-of date for two years.</summary>
    public static string Subject(GenerationContext g, SyntheticPerson person, string ccId) =>
        g.Row("cc_subject", "SFJ", new()
        {
            ["cc_id"] = ccId,
            ["person_id_number"] = person.Id,
            ["category"] = "缓刑",
            ["original_charges"] = Explosives,
            ["judgment_case_no"] = $"(2024)湘0281刑初{ccId[^4..]}号",
            ["correction_start"] = GenerationContext.D(CorrectionStart),
            ["correction_end"] = GenerationContext.D(GenerationContext.AsOf.AddMonths(14)),
            ["status"] = "在矫",
            ["execution_unit"] = "醴陵市社区矫正管理局",
        });
}
