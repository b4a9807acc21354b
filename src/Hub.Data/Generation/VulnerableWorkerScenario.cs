namespace Hub.Data.Generation;

/// <summary>
/// M14-c: a vulnerable worker — 60 or older on the as-of date by the id's birth date (老年人权益保障法 art. 2), or in
/// disability_registry — whose hr_wage_complaint has an hr_pay_order (complaint_id) not complied with and past its
/// deadline. Subject: the worker; evidence: the complaint. Amounts stay below M14-b's thresholds (3,000 yuan, 2
/// months, 1 worker), so the employer is no subject. Per scale, planted: a worker turning 60 thirty days before the
/// as-of date; a disabled worker aged 40. Near-misses: a worker turning 60 the day after the as-of date; a disabled
/// worker whose employer complied.
/// </summary>
internal static class VulnerableWorkerScenario
{
    private const int ElderlyAge = 60;

    public static void Generate(GenerationContext g)
    {
        var m14 = g.Truth.Model("M14");
        g.Truth.Parameters["m14.elderlyAge"] = ElderlyAge;
        var sixtieth = GenerationContext.AsOf.AddYears(-ElderlyAge);
        for (var i = 0; i < g.Scale; i++)
        {
            var elderly = g.Keys.PersonBornOn(sixtieth.AddDays(-30));
            m14.Subjects.Add(elderly.Id);
            m14.Records.Add(Ignored(g, elderly, complied: false));

            var disabled = Disabled(g);
            m14.Subjects.Add(disabled.Id);
            m14.Records.Add(Ignored(g, disabled, complied: false));

            var almost = g.Keys.PersonBornOn(sixtieth.AddDays(1));
            Ignored(g, almost, complied: false);
            var paid = Disabled(g);
            Ignored(g, paid, complied: true);
            m14.NearMisses.AddRange([almost.Id, paid.Id]);
        }
    }

    private static SyntheticPerson Disabled(GenerationContext g)
    {
        var person = g.Keys.PersonBornOn(GenerationContext.AsOf.AddYears(-40));
        g.Row("disability_registry", "CL", new() { ["id_number"] = person.Id, ["disability_category"] = "2", ["disability_grade"] = "3" });
        return person;
    }

    /// <summary>A small complaint whose order to pay fell due 20 days before the as-of date; returns the complaint's reference.</summary>
    private static string Ignored(GenerationContext g, SyntheticPerson worker, bool complied) =>
        WageArrearsScenario.Case(g, WageArrearsScenario.Employer(g).Uscc, 3_000m, 2, 1, complied, GenerationContext.AsOf.AddDays(-20), worker).Complaint;
}
