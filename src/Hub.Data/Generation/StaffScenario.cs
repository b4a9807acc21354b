namespace Hub.Data.Generation;

/// <summary>
/// M05 at scale 1 reproduces [S1]: 8,168 people convicted or relatively non-prosecuted × 13,565 payroll staff →
/// 59 overlap → 13 without any sanction (the clues) → 6 of them in education. The 46 sanctioned ones are near-misses.
/// The population includes the discretionary non-prosecutions of M03 (and of its limitation check) and the
/// convictions of M12 (both its sub-rules): the reserved count.
/// Rule assumed: staffing_roster persons with a criminal_judgment of verdict 有罪 or 免予刑事处罚 (effective since
/// 2014-01-01) or a DISCRETIONARY non_prosecution (since 2014-01-01), excluding sealed records, and no
/// discipline_sanction of the person. Evidence: the judgment or decision and the roster row.
/// </summary>
internal static class StaffScenario
{
    private static readonly string[] s_sectors = ["卫健", "公安", "财政", "住建", "农业农村", "交通", "民政"];
    private static readonly string[] s_charges = ["危险驾驶罪", "交通肇事罪", "故意伤害罪", "盗窃罪", "赌博罪", "诈骗罪", "寻衅滋事罪"];

    public static void Generate(GenerationContext g, int populationReserved)
    {
        var s = g.Scale;
        var population = 8168 * s;
        var staff = 13565 * s;
        var overlap = 59 * s;
        var unsanctioned = 13 * s;
        var education = 6 * s;
        var m05 = g.Truth.Model("M05");
        for (var i = 0; i < population - populationReserved; i++)
        {
            var person = g.Keys.Person();
            var isStaff = i < overlap;
            var convictionDate = g.Keys.Date(new DateOnly(2014, 1, 1), new DateOnly(2024, 12, 31));
            var term = 0;
            var evidence = i % 4 == 0
                ? NonProsecutionScenario.Write(g, person, "DISCRETIONARY", g.Keys.Pick(s_charges), convictionDate, withOpinion: true)
                : g.Row("criminal_judgment", "COURT", new()
                {
                    ["court_case_no"] = $"({convictionDate.Year})湘0281刑初{i + 1}号",
                    ["defendant_id_number"] = person.Id,
                    ["defendant_name"] = person.Name,
                    ["charges"] = g.Keys.Pick(s_charges),
                    ["verdict"] = i % 13 == 0 ? "免予刑事处罚" : "有罪",
                    ["principal_penalty"] = "有期徒刑",
                    ["term_months"] = (term = g.Random.Next(6, 36)).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["suspended"] = i % 3 == 0 ? "true" : "false",

                    // Probation of a suspended sentence: at least the term and a year, at most five years (Criminal
                    // Law art. 73). Derived from the term, so the random sequence (and every other row) stays as it was.
                    ["probation_months"] = i % 3 == 0 ? Math.Clamp(term, 12, 60).ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
                    ["judgment_date"] = GenerationContext.D(convictionDate.AddDays(-20)),
                    ["effective_date"] = GenerationContext.D(convictionDate),
                });
            if (!isStaff)
            {
                continue;
            }

            var sector = i < education ? "教育" : g.Keys.Pick(s_sectors);
            var roster = Roster(g, person, sector);
            if (i < unsanctioned)
            {
                m05.Subjects.Add(person.Id);
                m05.Records.Add(evidence);
                m05.Records.Add(roster);
            }
            else
            {
                m05.NearMisses.Add(person.Id);
                g.Row("discipline_sanction", "CCDI", new()
                {
                    ["id_number"] = person.Id,
                    ["sanction_kind"] = i % 2 == 0 ? "党纪" : "政务",
                    ["sanction"] = i % 2 == 0 ? "开除党籍" : "撤职",
                    ["decision_date"] = GenerationContext.D(convictionDate.AddDays(g.Random.Next(10, 120))),
                });
            }
        }

        for (var i = overlap; i < staff; i++)
        {
            Roster(g, g.Keys.Person(1965, 2000), i % 9 == 0 ? "教育" : g.Keys.Pick(s_sectors));
        }

        g.Truth.Figures["m05.population"] = population;
        g.Truth.Figures["m05.staff"] = staff;
        g.Truth.Figures["m05.overlap"] = overlap;
        g.Truth.Figures["m05.unsanctioned"] = unsanctioned;
        g.Truth.Figures["m05.unsanctionedInEducation"] = education;
    }

    private static string Roster(GenerationContext g, SyntheticPerson person, string sector) =>
        g.Row("staffing_roster", "STAFFING", new()
        {
            ["id_number"] = person.Id,
            ["name"] = person.Name,
            ["establishment_type"] = sector == "教育" ? "事业" : "行政",
            ["sector"] = sector,
            ["entry_date"] = GenerationContext.D(g.Keys.Date(new DateOnly(2000, 1, 1), new DateOnly(2012, 12, 31))),
            ["status"] = "在编",
        });
}
