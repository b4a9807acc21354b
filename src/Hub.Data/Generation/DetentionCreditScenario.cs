namespace Hub.Data.Generation;

/// <summary>
/// M11 R4: a 刑事拘留 converted into an administrative penalty with 行政拘留, whose days were not credited (折抵,
/// 治安管理处罚法 art. 92: one day of restricted liberty, one day of administrative detention).
/// Rule assumed: a coercive_measure of measure_type 刑事拘留, outcome 转行政处罚 and an end_date; an admin_penalty of
/// the same person with detention_days, decided on or after the detention's start for conduct on or before it; a
/// custody_in_out of the person with in_reason 行政拘留 entered on or after the decision; and (out_date − in_date) +
/// (end_date − start_date) &gt; detention_days (a period's first day not counted, as in 刑诉法's computation of periods).
/// Evidence: the measure, the penalty and the custody record. The detentions start 20–30 days before the as-of date,
/// inside M11's 37-day review window, so M11-a does not see them, and the penalty is for 殴打他人, not 盗窃, so R2
/// does not either. Per scale, planted: 5 days' detention, 10 days' penalty, 10 days served (nothing credited); 3
/// days' detention, 7 days' penalty, 5 days served (one day short of the credit). Near-misses: 10 days' penalty after
/// 5 days' detention with exactly 5 served; 10 days' penalty after 5 days' detention with 10 days of an earlier
/// administrative detention, served 100 days before this one began.
/// </summary>
internal static class DetentionCreditScenario
{
    private static readonly (int Detained, int Penalty, int Served, int EnteredAfterRelease, bool Planted)[] s_cases =
    [
        (5, 10, 10, 0, true),
        (3, 7, 5, 0, true),
        (5, 10, 5, 0, false),
        (5, 10, 10, -100, false),
    ];

    public static void Generate(GenerationContext g)
    {
        var m11 = g.Truth.Model("M11");
        for (var i = 0; i < g.Scale; i++)
        {
            foreach (var (detained, penaltyDays, served, entered, planted) in s_cases)
            {
                var person = g.Keys.Person();
                var start = g.Keys.Date(GenerationContext.AsOf.AddDays(-30), GenerationContext.AsOf.AddDays(-20));
                var released = start.AddDays(detained);
                var measure = DetentionTermScenario.Write(g, person.Id, "刑事拘留", start, released, "转行政处罚", extended: false);
                var penalty = g.Row("admin_penalty", "PSB", new()
                {
                    ["agency_kind"] = "PSB",
                    ["decision_no"] = $"醴公(治)行罚决字〔{start.Year}〕J{person.Id[^6..]}号",
                    ["person_id_number"] = person.Id,
                    ["person_name"] = person.Name,
                    ["violation_type"] = "殴打他人",
                    ["penalty_types"] = "ADMIN_DETENTION",
                    ["detention_days"] = penaltyDays.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["violation_date"] = GenerationContext.D(start.AddDays(-1)),
                    ["decision_date"] = GenerationContext.D(released),
                });
                var custody = g.Row("custody_in_out", "PSB", new()
                {
                    ["facility_type"] = "拘留所",
                    ["facility_code"] = "430281JLS",
                    ["person_id_number"] = person.Id,
                    ["in_date"] = GenerationContext.D(released.AddDays(entered)),
                    ["out_date"] = GenerationContext.D(released.AddDays(entered + served)),
                    ["in_reason"] = "行政拘留",
                    ["out_reason"] = "拘留期满",
                });
                if (planted)
                {
                    m11.Subjects.Add(person.Id);
                    m11.Records.AddRange([measure, penalty, custody]);
                }
                else
                {
                    m11.NearMisses.Add(person.Id);
                }
            }
        }
    }
}
