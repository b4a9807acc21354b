namespace Hub.Data.Generation;

/// <summary>
/// M03's limitation check: the competent agency can still punish only conduct (<c>spp_case.incident_date</c>) within
/// its limitation period before the non-prosecution decision — police 6 months (治安管理处罚法 art. 22), others 24
/// months, health 60 months (行政处罚法 art. 36). Per scale, planted (relatively non-prosecuted, no penalty, no
/// 检察意见, as in <see cref="NonProsecutionScenario"/>): theft 5 months before the decision; 非法行医 36 months
/// before. Near-misses: theft 7 months before; 危险驾驶 25 months before. Evidence: the decision.
/// </summary>
internal static class LimitationScenario
{
    private static readonly (string Charge, int MonthsBefore, bool Punishable)[] s_cases =
    [
        ("盗窃罪", 5, true),
        ("非法行医罪", 36, true),
        ("盗窃罪", 7, false),
        ("危险驾驶罪", 25, false),
    ];

    /// <summary>How many discretionary decisions this scenario adds to the M05 population.</summary>
    public static int Count(int scale) => s_cases.Length * scale;

    public static void Generate(GenerationContext g)
    {
        var m03 = g.Truth.Model("M03");
        g.Truth.Parameters["m03.policeLimitationMonths"] = 6;
        g.Truth.Parameters["m03.limitationMonths"] = 24;
        g.Truth.Parameters["m03.extendedLimitationMonths"] = 60;
        for (var i = 0; i < g.Scale; i++)
        {
            foreach (var (charge, monthsBefore, punishable) in s_cases)
            {
                var person = g.Keys.Person();
                var date = g.Keys.Date(GenerationContext.AsOf.AddDays(-200), GenerationContext.AsOf.AddDays(-30));
                var record = NonProsecutionScenario.Write(g, person, "DISCRETIONARY", charge, date, withOpinion: false, incident: date.AddMonths(-monthsBefore));
                if (punishable)
                {
                    m03.Subjects.Add(person.Id);
                    m03.Records.Add(record);
                }
                else
                {
                    m03.NearMisses.Add(person.Id);
                }
            }
        }
    }
}
