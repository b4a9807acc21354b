namespace Hub.Data.Generation;

/// <summary>
/// M10 women's rights, structured part (DOMAIN.md §3 M10): repeated domestic-violence 110 calls about the same
/// respondent with no 家庭暴力告诫书 issued. The subject is the respondent (<c>police_dispatch.respondent_id_number</c>);
/// the evidence is the calls.
/// Rule assumed: police_dispatch rows with category 家庭暴力 or 家庭纠纷 and received_at (Asia/Shanghai date) in
/// [as-of − 12 months, as-of], grouped by respondent_id_number; a clue when there are at least 2 and no dv_warning with
/// abuser_id_number = the respondent was issued on or after the first of those calls (a warning issued before the
/// window does not count). Near-misses (one respondent each, per scale): one call inside the window and one 15 months
/// back; two calls and a warning issued after the first; two calls categorised 邻里纠纷. Background: single calls.
/// </summary>
internal static class DomesticViolenceScenario
{
    private const int RepeatCalls = 2;
    private const int WindowMonths = 12;
    private static readonly string[] s_otherCategories = ["盗窃", "交通事故", "噪音扰民", "邻里纠纷", "家庭纠纷"];

    public static void Generate(GenerationContext g)
    {
        var m10 = g.Truth.Model("M10");
        g.Truth.Parameters["m10.repeatCalls"] = RepeatCalls;
        g.Truth.Parameters["m10.windowMonths"] = WindowMonths;
        var windowStart = GenerationContext.AsOf.AddMonths(-WindowMonths);
        for (var i = 0; i < 4 * g.Scale; i++)
        {
            var (victim, abuser, address) = Household(g);
            m10.Subjects.Add(abuser.Id);
            if (i % 4 == 3)
            {
                // A warning two years ago does not cover the calls since.
                Warning(g, abuser, victim, GenerationContext.AsOf.AddYears(-2));
            }

            for (var c = 0; c < RepeatCalls + (i % 3); c++)
            {
                m10.Records.Add(Call(g, victim, abuser, address, "家庭暴力", g.Keys.Date(windowStart.AddDays(10), GenerationContext.AsOf.AddDays(-5))));
            }
        }

        for (var i = 0; i < 3 * g.Scale; i++)
        {
            var (victim, abuser, address) = Household(g);
            m10.NearMisses.Add(abuser.Id);
            var first = g.Keys.Date(windowStart.AddDays(10), GenerationContext.AsOf.AddDays(-60));
            switch (i % 3)
            {
                case 0:
                    Call(g, victim, abuser, address, "家庭暴力", GenerationContext.AsOf.AddMonths(-15));
                    Call(g, victim, abuser, address, "家庭暴力", first);
                    break;
                case 1:
                    Call(g, victim, abuser, address, "家庭暴力", first);
                    Warning(g, abuser, victim, first.AddDays(3));
                    Call(g, victim, abuser, address, "家庭纠纷", first.AddDays(30));
                    break;
                default:
                    Call(g, victim, abuser, address, "邻里纠纷", first);
                    Call(g, victim, abuser, address, "邻里纠纷", first.AddDays(20));
                    break;
            }
        }

        for (var i = 0; i < 300 * g.Scale; i++)
        {
            var (caller, other, address) = Household(g);
            Call(g, caller, other, address, g.Keys.Pick(s_otherCategories), g.Keys.Date(new DateOnly(2023, 1, 1), GenerationContext.AsOf));
        }
    }

    internal static (SyntheticPerson Victim, SyntheticPerson Abuser, string Address) Household(GenerationContext g) =>
        (g.Keys.Person(1970, 2000), g.Keys.Person(1965, 1998), $"湖南省醴陵市{g.Keys.Pick(["来龙门街道", "阳三石街道", "仙岳山街道", "浦口镇"])}{g.Random.Next(1, 300)}号");

    internal static string Call(GenerationContext g, SyntheticPerson caller, SyntheticPerson respondent, string address, string category, DateOnly day) =>
        g.Row("police_dispatch", "PSB", new()
        {
            ["incident_id"] = $"110-{g.Random.Next(0, 100_000_000):D8}",
            ["received_at"] = $"{GenerationContext.D(day)}T{g.Random.Next(0, 24):D2}:{g.Random.Next(0, 60):D2}:00+08:00",
            ["address"] = address,
            ["category"] = category,
            ["caller_id_number"] = caller.Id,
            ["caller_name"] = caller.Name,
            ["respondent_id_number"] = respondent.Id,
            ["respondent_name"] = respondent.Name,
            ["disposal"] = category == "家庭暴力" ? "调解" : g.Keys.Pick(["调解", "行政处罚"]),
            ["text"] = category is "家庭暴力" or "家庭纠纷"
                ? $"{caller.Name}报警称被{respondent.Name}殴打，民警到场调解。"
                : $"{caller.Name}报警称{category}，民警到场处置。",
        });

    private static void Warning(GenerationContext g, SyntheticPerson abuser, SyntheticPerson victim, DateOnly issued) =>
        g.Row("dv_warning", "PSB", new()
        {
            ["warning_no"] = $"醴公家告字〔{issued.Year}〕{g.Random.Next(1, 9999)}号",
            ["abuser_id_number"] = abuser.Id,
            ["victim_id_number"] = victim.Id,
            ["issued_date"] = GenerationContext.D(issued),
            ["issuing_unit"] = "醴陵市公安局城南派出所",
        });
}
