using System.Globalization;

namespace Hub.Data.Generation;

/// <summary>
/// M12 compulsory drug-rehab detainees with short criminal sentences (DOMAIN.md §3 M12). The subject is the person.
/// Rule assumed, two sub-rules:
/// R1 (rehab not resumed): a drug_rehab_decision d, a criminal_judgment j of the same person with effective_date in
/// [d.decision_date, d.decision_date + 24 months], a custody_in_out release rel of that person with out_reason 刑满释放
/// and out_date in (j.effective_date, d.decision_date + 24 months), and no custody_in_out of facility_type 强制隔离戒毒所
/// with in_date ≥ rel.out_date. Evidence: d, j and rel.
/// R2 (never executed): d.handover_date is null and d.decision_date &lt; as-of − 30 days. Evidence: d.
/// Near-misses (one person each, per scale): rehab resumed 3 days after release (R1); released only after the 24
/// months had run (R1); a decision 20 days old without hand-over (R2). Background: decisions executed in a rehab
/// facility, with entry and exit. Every judgment here also joins the M05 population (see <see cref="Convictions"/>).
/// </summary>
internal static class DrugRehabScenario
{
    private const int PeriodMonths = 24;
    private const int HandoverDays = 30;
    private const string RehabFacility = "强制隔离戒毒所";

    /// <summary>How many persons with a guilty judgment this scenario adds to the M05 population.</summary>
    public static int Convictions(int scale) => 5 * scale;

    public static void Generate(GenerationContext g)
    {
        var m12 = g.Truth.Model("M12");
        g.Truth.Parameters["m12.periodMonths"] = PeriodMonths;
        g.Truth.Parameters["m12.handoverDays"] = HandoverDays;
        for (var i = 0; i < Convictions(g.Scale); i++)
        {
            var person = g.Keys.Person(1975, 2000);
            var planted = i < 3 * g.Scale;
            var decided = g.Keys.Date(new DateOnly(2023, 1, 1), new DateOnly(2023, 4, 30));
            var decision = Decision(g, person, decided, handover: decided.AddDays(2));
            Custody(g, person, RehabFacility, "强制隔离戒毒", decided.AddDays(2), decided.AddDays(40), "转执行刑罚");
            var effective = decided.AddDays(60);
            var lateRelease = !planted && i % 2 == 1;
            var term = planted ? g.Random.Next(6, 13) : lateRelease ? 23 : 8;
            var judgment = g.Row("criminal_judgment", "COURT", new()
            {
                ["court_case_no"] = $"({effective.Year})湘0281刑初{7000 + i}号",
                ["defendant_id_number"] = person.Id,
                ["defendant_name"] = person.Name,
                ["charges"] = g.Keys.Pick(["贩卖毒品罪", "容留他人吸毒罪"]),
                ["verdict"] = "有罪",
                ["principal_penalty"] = "有期徒刑",
                ["term_months"] = term.ToString(CultureInfo.InvariantCulture),
                ["judgment_date"] = GenerationContext.D(effective.AddDays(-10)),
                ["effective_date"] = GenerationContext.D(effective),
            });
            var released = effective.AddMonths(term);
            var release = Custody(g, person, "看守所", "执行刑罚", decided.AddDays(40), released, "刑满释放");
            if (planted)
            {
                m12.Subjects.Add(person.Id);
                m12.Records.AddRange([decision, judgment, release]);
                continue;
            }

            m12.NearMisses.Add(person.Id);
            if (!lateRelease)
            {
                Custody(g, person, RehabFacility, "强制隔离戒毒", released.AddDays(3), null, null);
            }
        }

        for (var i = 0; i < 3 * g.Scale; i++)
        {
            var person = g.Keys.Person(1975, 2000);
            var planted = i < 2 * g.Scale;
            var decided = planted ? GenerationContext.AsOf.AddDays(-g.Random.Next(45, 200)) : GenerationContext.AsOf.AddDays(-20);
            var decision = Decision(g, person, decided, handover: null);
            if (planted)
            {
                m12.Subjects.Add(person.Id);
                m12.Records.Add(decision);
            }
            else
            {
                m12.NearMisses.Add(person.Id);
            }
        }

        for (var i = 0; i < 150 * g.Scale; i++)
        {
            var person = g.Keys.Person(1970, 2002);
            var decided = g.Keys.Date(new DateOnly(2022, 1, 1), GenerationContext.AsOf.AddDays(-40));
            Decision(g, person, decided, handover: decided.AddDays(g.Random.Next(1, 10)));
            var end = decided.AddMonths(PeriodMonths);
            Custody(g, person, RehabFacility, "强制隔离戒毒", decided.AddDays(1), end < GenerationContext.AsOf ? end : null, end < GenerationContext.AsOf ? "期满解除" : null);
        }
    }

    internal static string Decision(GenerationContext g, SyntheticPerson person, DateOnly decided, DateOnly? handover) =>
        g.Row("drug_rehab_decision", "PSB", new()
        {
            ["decision_no"] = $"醴公强戒决字〔{decided.Year}〕{g.Random.Next(1, 99999)}号",
            ["person_id_number"] = person.Id,
            ["decision_date"] = GenerationContext.D(decided),
            ["period_months"] = PeriodMonths.ToString(CultureInfo.InvariantCulture),
            ["executing_facility"] = "湖南省白泥湖强制隔离戒毒所",
            ["handover_date"] = handover is { } h ? GenerationContext.D(h) : null,
            ["status"] = handover is null ? "待执行" : "执行中",
        });

    private static string Custody(GenerationContext g, SyntheticPerson person, string facility, string inReason, DateOnly inDate, DateOnly? outDate, string? outReason) =>
        g.Row("custody_in_out", facility == RehabFacility ? "PSB" : "SFJ", new()
        {
            ["facility_type"] = facility,
            ["facility_code"] = facility == RehabFacility ? "430000QJS" : "430281KSS",
            ["person_id_number"] = person.Id,
            ["in_date"] = GenerationContext.D(inDate),
            ["out_date"] = outDate is { } o ? GenerationContext.D(o) : null,
            ["in_reason"] = inReason,
            ["out_reason"] = outReason,
        });
}
