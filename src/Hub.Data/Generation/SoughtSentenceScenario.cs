using System.Globalization;

namespace Hub.Data.Generation;

/// <summary>
/// M12-c 主动求刑: a drug_rehab_decision d, a criminal case_intake of the same person (suspect_id_number) accepted in
/// [d.decision_date, d.decision_date + 30 days], and a criminal_judgment of the person, 有罪, not suspended, with
/// term_months ≤ 12, effective on or after the intake and by the as-of date. Evidence: d, the intake and the judgment.
/// The decisions are handed over and no release is recorded, so M12-a and M12-b stay quiet. Per scale, planted: an
/// intake 10 days after the decision and 8 months. Near-misses: an intake 31 days after the decision; a 13-month term.
/// </summary>
internal static class SoughtSentenceScenario
{
    private static readonly (int IntakeDays, int TermMonths, bool Planted)[] s_cases =
    [
        (10, 8, true),
        (31, 8, false),
        (10, 13, false),
    ];

    /// <summary>How many persons with a guilty judgment this scenario adds to the M05 population.</summary>
    public static int Convictions(int scale) => s_cases.Length * scale;

    public static void Generate(GenerationContext g)
    {
        var m12 = g.Truth.Model("M12");
        g.Truth.Parameters["m12.confessionDays"] = 30;
        g.Truth.Parameters["m12.shortTermMonths"] = 12;
        for (var i = 0; i < g.Scale; i++)
        {
            foreach (var (intakeDays, termMonths, planted) in s_cases)
            {
                var person = g.Keys.Person(1975, 2000);
                var decided = g.Keys.Date(GenerationContext.AsOf.AddDays(-400), GenerationContext.AsOf.AddDays(-300));
                var decision = DrugRehabScenario.Decision(g, person, decided, handover: decided.AddDays(2));
                var accepted = decided.AddDays(intakeDays);
                var intake = g.Row("case_intake", "PSB", new()
                {
                    ["psb_case_no"] = $"A43028126{person.Id[^8..]}",
                    ["case_kind"] = "刑事",
                    ["suspected_charge"] = "贩卖毒品罪",
                    ["suspect_id_number"] = person.Id,
                    ["accepted_date"] = GenerationContext.D(accepted),
                    ["filed_date"] = GenerationContext.D(accepted.AddDays(1)),
                });
                var effective = accepted.AddDays(60);
                var judgment = g.Row("criminal_judgment", "COURT", new()
                {
                    ["court_case_no"] = $"({effective.Year})湘0281刑初{person.Id[^5..]}号",
                    ["defendant_id_number"] = person.Id,
                    ["defendant_name"] = person.Name,
                    ["charges"] = "贩卖毒品罪",
                    ["verdict"] = "有罪",
                    ["principal_penalty"] = "有期徒刑",
                    ["term_months"] = termMonths.ToString(CultureInfo.InvariantCulture),
                    ["judgment_date"] = GenerationContext.D(effective.AddDays(-10)),
                    ["effective_date"] = GenerationContext.D(effective),
                });
                if (planted)
                {
                    m12.Subjects.Add(person.Id);
                    m12.Records.AddRange([decision, intake, judgment]);
                }
                else
                {
                    m12.NearMisses.Add(person.Id);
                }
            }
        }
    }
}
