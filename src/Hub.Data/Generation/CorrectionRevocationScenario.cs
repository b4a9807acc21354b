namespace Hub.Data.Generation;

/// <summary>
/// M06 (d): an explosives-offence probationer warned twice (cc_event 警告) and then penalised by the police during the
/// term, for whom the bureau should propose revoking probation. Rule assumed: M06's penalty rule, and the warnings of
/// the cc_id dated before the penalty's violation_date number at least 2; evidence: the subject row, the penalty and
/// the two warnings. Per scale one plant, and one probationer penalised between the first and the second warning: an
/// M06 subject through the penalty (so a subject, not a near miss), whose warnings are no evidence.
/// </summary>
internal static class CorrectionRevocationScenario
{
    private const string Violation = "非法携带危险物品";

    public static void Generate(GenerationContext g)
    {
        var m06 = g.Truth.Model("M06");
        var start = CorrectionNoticeScenario.CorrectionStart;
        for (var i = 0; i < g.Scale; i++)
        {
            var warned = g.Keys.Person();
            var ccId = $"SQJZ-R{(2 * i) + 1:D6}";
            m06.Subjects.Add(warned.Id);
            m06.Records.AddRange([
                CorrectionNoticeScenario.Subject(g, warned, ccId),
                Warning(g, ccId, start.AddDays(30)),
                Warning(g, ccId, start.AddDays(90)),
                PenaltyScenario.Penalty(g, warned, warned.Id, Violation, start.AddDays(150), null),
            ]);

            var once = g.Keys.Person();
            ccId = $"SQJZ-R{(2 * i) + 2:D6}";
            m06.Subjects.Add(once.Id);
            m06.Records.Add(CorrectionNoticeScenario.Subject(g, once, ccId));
            Warning(g, ccId, start.AddDays(30));
            m06.Records.Add(PenaltyScenario.Penalty(g, once, once.Id, Violation, start.AddDays(60), null));
            Warning(g, ccId, start.AddDays(90));
        }
    }

    private static string Warning(GenerationContext g, string ccId, DateOnly day) =>
        g.Row("cc_event", "SFJ", new()
        {
            ["cc_id"] = ccId,
            ["event_type"] = "警告",
            ["event_date"] = GenerationContext.D(day),
            ["text"] = "违反监督管理规定，予以警告。",
        });
}
