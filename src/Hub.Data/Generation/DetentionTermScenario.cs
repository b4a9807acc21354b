namespace Hub.Data.Generation;

/// <summary>
/// M11 R1 and R3: coercive measures held past their legal term. Rules assumed: (R1) a 刑事拘留 whose end_date (or
/// the as-of date while it lasts) is more than 14 days after start_date, or more than 37 days with extension_flag;
/// (R3) a 取保候审 begun more than 12 months, or a 监视居住 more than 6 months, before the as-of date, not closed by
/// 撤案 or 转行政处罚, with no arrest_prosecution_review of the person received since it began. Evidence: the measure.
/// The R1 detentions end in 提请批捕 with a review on day 12, so M11's main rule does not see them.
/// Per scale: R1 plants held 16 days and 40 days with the extension; R3 plants a bail of 14 months and a surveillance
/// of 7. Near-misses: detentions of exactly 14 days, and of 35 days with the extension; a bail of 11 months; a bail of
/// 14 months reviewed for prosecution; a surveillance of 5 months.
/// </summary>
internal static class DetentionTermScenario
{
    public static void Generate(GenerationContext g)
    {
        var m11 = g.Truth.Model("M11");
        var asOf = GenerationContext.AsOf;
        for (var i = 0; i < g.Scale; i++)
        {
            var start = g.Keys.Date(asOf.AddDays(-300), asOf.AddDays(-60));
            Plant(m11, Detention(g, start, days: 16, extended: false));
            Plant(m11, Detention(g, start, days: 40, extended: true));
            Plant(m11, Measure(g, "取保候审", asOf.AddMonths(-14), reviewedAfterDays: null));
            Plant(m11, Measure(g, "监视居住", asOf.AddMonths(-7), reviewedAfterDays: null));

            NearMiss(m11, Detention(g, start, days: 14, extended: false));
            NearMiss(m11, Detention(g, start, days: 35, extended: true));
            NearMiss(m11, Measure(g, "取保候审", asOf.AddMonths(-11), reviewedAfterDays: null));
            NearMiss(m11, Measure(g, "取保候审", asOf.AddMonths(-14), reviewedAfterDays: 60));
            NearMiss(m11, Measure(g, "监视居住", asOf.AddMonths(-5), reviewedAfterDays: null));
        }
    }

    private static void Plant(ExpectedClues m11, (string Person, string Record) measure)
    {
        m11.Subjects.Add(measure.Person);
        m11.Records.Add(measure.Record);
    }

    private static void NearMiss(ExpectedClues m11, (string Person, string Record) measure) => m11.NearMisses.Add(measure.Person);

    private static (string Person, string Record) Detention(GenerationContext g, DateOnly start, int days, bool extended)
    {
        var person = g.Keys.Person();
        var record = Write(g, person.Id, "刑事拘留", start, start.AddDays(days), "提请批捕", extended);
        Review(g, person.Id, "审查逮捕", start.AddDays(12));
        return (person.Id, record);
    }

    private static (string Person, string Record) Measure(GenerationContext g, string type, DateOnly start, int? reviewedAfterDays)
    {
        var person = g.Keys.Person();
        var record = Write(g, person.Id, type, start, null, null, extended: false);
        if (reviewedAfterDays is { } days)
        {
            Review(g, person.Id, "审查起诉", start.AddDays(days));
        }

        return (person.Id, record);
    }

    internal static string Write(GenerationContext g, string person, string type, DateOnly start, DateOnly? end, string? outcome, bool extended) =>
        g.Row("coercive_measure", "PSB", new()
        {
            ["measure_id"] = $"QZ-{person[^8..]}",
            ["person_id_number"] = person,
            ["measure_type"] = type,
            ["start_date"] = GenerationContext.D(start),
            ["extension_flag"] = extended ? "true" : null,
            ["end_date"] = end is { } e ? GenerationContext.D(e) : null,
            ["outcome"] = outcome,
        });

    private static void Review(GenerationContext g, string person, string type, DateOnly received) =>
        g.Row("arrest_prosecution_review", "SPP", new()
        {
            ["spp_case_id"] = $"SPP-QZ-{person[^8..]}",
            ["person_id_number"] = person,
            ["review_type"] = type,
            ["received_date"] = GenerationContext.D(received),
            ["decision"] = type == "审查逮捕" ? "批准逮捕" : "起诉",
        });
}
