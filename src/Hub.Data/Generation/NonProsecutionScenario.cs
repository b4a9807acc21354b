using Hub.Data.Model;

namespace Hub.Data.Generation;

/// <summary>
/// M03 reverse transfer: 31 relatively non-prosecuted people whose conduct the police should penalise and 21 whose
/// conduct health or transport enforcement should penalise, with no penalty and no 检察意见. Every discretionary one
/// also belongs to the M05 population.
/// Rule assumed: a non_prosecution with np_type DISCRETIONARY or STATUTORY, decided within 200 days before the
/// evaluation date, whose charge maps in charge_to_admin_violation to an agency; no admin_penalty of that agency
/// (agency_kind) on the person decided from 180 days before the decision on; and no prosecutorial_opinion of type
/// 检察意见 with related_spp_case_id = the decision's spp_case_id. Near-misses: the competent agency penalised 20 days
/// after the decision (10); a 检察意见 was issued 7 days after it (3); an EVIDENTIARY (存疑) decision (2); per scale.
/// </summary>
internal static class NonProsecutionScenario
{
    private static readonly string[] s_police = ["盗窃罪", "故意伤害罪", "寻衅滋事罪", "赌博罪"];
    private static readonly string[] s_healthTransport = ["非法行医罪", "危险驾驶罪"];

    /// <summary>How many discretionary decisions this scenario adds to the M05 population.</summary>
    public static int Count(int scale) => (31 + 21 + 10 + 3) * scale;

    public static void Generate(GenerationContext g)
    {
        var m03 = g.Truth.Model("M03");
        for (var i = 0; i < Count(g.Scale); i++)
        {
            var person = g.Keys.Person();
            var planted = i < 52 * g.Scale;
            var charge = i < 31 * g.Scale ? g.Keys.Pick(s_police) : g.Keys.Pick(s_healthTransport);
            var date = g.Keys.Date(GenerationContext.AsOf.AddDays(-200), GenerationContext.AsOf.AddDays(-30));
            var opinionIssued = i >= 62 * g.Scale;
            var record = Write(g, person, "DISCRETIONARY", charge, date, withOpinion: opinionIssued);
            if (planted)
            {
                m03.Subjects.Add(person.Id);
                m03.Records.Add(record);
                continue;
            }

            m03.NearMisses.Add(person.Id);
            if (opinionIssued)
            {
                continue;
            }

            // Near-miss: the competent agency did penalise, shortly after the decision.
            g.Row("admin_penalty", AgencyFor(charge), new()
            {
                ["agency_kind"] = AgencyFor(charge),
                ["decision_no"] = $"醴罚决字〔{date.Year}〕R{i}号",
                ["person_id_number"] = person.Id,
                ["person_name"] = person.Name,
                ["violation_type"] = charge.TrimEnd('罪'),
                ["penalty_types"] = "FINE",
                ["fine_amount"] = "500.00",
                ["violation_date"] = GenerationContext.D(date.AddDays(-60)),
                ["decision_date"] = GenerationContext.D(date.AddDays(20)),
            });
        }

        // Near-miss: 存疑不起诉 is not a finding that the conduct happened, so there is nothing to penalise.
        for (var i = 0; i < 2 * g.Scale; i++)
        {
            var person = g.Keys.Person();
            Write(g, person, "EVIDENTIARY", g.Keys.Pick(s_police), g.Keys.Date(GenerationContext.AsOf.AddDays(-200), GenerationContext.AsOf.AddDays(-30)), withOpinion: false);
            m03.NearMisses.Add(person.Id);
        }

        g.Truth.Parameters["m03.sinceDays"] = 200;
        g.Truth.Parameters["m03.penaltyLookbackDays"] = 180;
        g.Truth.Figures["m03.reverseTransfer"] = 31 * g.Scale;
        g.Truth.Figures["m03.healthTransport"] = 21 * g.Scale;
    }

    public static string AgencyFor(string charge) => charge switch
    {
        "非法行医罪" => "HEALTH",
        "危险驾驶罪" => "TRANSPORT",
        _ => "PSB",
    };

    /// <summary>
    /// Writes a decision (and, when asked, the 检察意见 that already followed it, and the procuratorate's case with the
    /// conduct's date); returns the evidence reference.
    /// </summary>
    public static string Write(GenerationContext g, SyntheticPerson person, string type, string charge, DateOnly date, bool withOpinion, DateOnly? incident = null)
    {
        var caseId = $"SPP-{g.Random.Next(100000000):D9}";
        var record = g.Row("non_prosecution", "SPP", new()
        {
            ["spp_doc_no"] = $"醴检刑不诉〔{date.Year}〕{g.Random.Next(1, 999)}号",
            ["spp_case_id"] = caseId,
            ["person_id_number"] = person.Id,
            ["charges"] = charge,
            ["np_type"] = type,
            ["decision_date"] = GenerationContext.D(date),
            ["sensitivity_level"] = nameof(SensitivityLevel.L4),
        });
        if (incident is { } conduct)
        {
            g.Row("spp_case", "SPP", new() { ["spp_case_id"] = caseId, ["charges"] = charge, ["incident_date"] = GenerationContext.D(conduct), ["stage"] = "审查起诉" });
        }

        if (withOpinion)
        {
            g.Row("prosecutorial_opinion", "SPP", new()
            {
                ["instrument_no"] = $"醴检行意〔{date.Year}〕{g.Random.Next(1, 999)}号",
                ["instrument_type"] = "检察意见",
                ["addressee_agency"] = AgencyFor(charge),
                ["related_spp_case_id"] = caseId,
                ["issued_date"] = GenerationContext.D(date.AddDays(7)),
                ["reply_date"] = GenerationContext.D(date.AddDays(40)),
                ["result"] = "已处罚",
            });
        }

        return record;
    }
}
