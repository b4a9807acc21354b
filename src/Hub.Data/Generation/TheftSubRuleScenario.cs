namespace Hub.Data.Generation;

/// <summary>
/// M01 (a), the theft sub-rules other than the amount: police theft penalties with no criminal intake that are crimes
/// because (a2) the amount reaches half of 数额较大 (1,000 of 2,000 yuan) and the person was penalised for theft in the
/// year before the violation; (a3) it is the third theft within two years (多次盗窃); (a4) it was 入户, 携带凶器 or 扒窃.
/// Evidence: the penalty that is the crime, not the earlier ones. Per scale one person per sub-rule. Near-misses per
/// scale: 1,200 yuan after a theft penalty 14 months earlier; 950 yuan after one 6 months earlier; three thefts whose
/// first is 25 months before the third; a theft 结伙 (not a listed circumstance).
/// </summary>
internal static class TheftSubRuleScenario
{
    private const string Theft = "盗窃";

    public static void Generate(GenerationContext g)
    {
        var m01 = g.Truth.Model("M01");
        for (var i = 0; i < g.Scale; i++)
        {
            var day = g.Keys.Date(GenerationContext.AsOf.AddDays(-300), GenerationContext.AsOf.AddDays(-60));
            Plant(g, m01, person => [Earlier(g, person, day.AddMonths(-6), 300), Penalty(g, person, day, 1_200)]);
            Plant(g, m01, person => [Earlier(g, person, day.AddMonths(-20), 300), Earlier(g, person, day.AddMonths(-10), 400), Penalty(g, person, day, 500)]);
            Plant(g, m01, person => [Penalty(g, person, day, 300, "入户")]);

            NearMiss(g, m01, person => [Earlier(g, person, day.AddMonths(-14), 300), Penalty(g, person, day, 1_200)]);
            NearMiss(g, m01, person => [Earlier(g, person, day.AddMonths(-6), 300), Penalty(g, person, day, 950)]);
            NearMiss(g, m01, person => [Earlier(g, person, day.AddMonths(-25), 300), Earlier(g, person, day.AddMonths(-10), 400), Penalty(g, person, day, 500)]);
            NearMiss(g, m01, person => [Penalty(g, person, day, 300, "结伙")]);
        }
    }

    /// <summary>Writes a person's thefts; the last is the one a sub-rule tests, and for a plant its evidence.</summary>
    private static void Plant(GenerationContext g, ExpectedClues m01, Func<SyntheticPerson, string?[]> thefts)
    {
        var person = g.Keys.Person();
        m01.Subjects.Add(person.Id);
        m01.Records.Add(thefts(person)[^1]!);
    }

    private static void NearMiss(GenerationContext g, ExpectedClues m01, Func<SyntheticPerson, string?[]> thefts)
    {
        var person = g.Keys.Person();
        thefts(person);
        m01.NearMisses.Add(person.Id);
    }

    /// <summary>An earlier theft penalty, not evidence itself.</summary>
    private static string? Earlier(GenerationContext g, SyntheticPerson person, DateOnly day, int value)
    {
        Penalty(g, person, day, value);
        return null;
    }

    private static string Penalty(GenerationContext g, SyntheticPerson person, DateOnly day, int value, string? circumstances = null) =>
        PenaltyScenario.Penalty(g, person, person.Id, Theft, day, value, circumstances: circumstances);
}
