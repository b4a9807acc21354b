namespace Hub.Data.Generation;

/// <summary>
/// M07's household expansion: a victim killed by one of the assistance charges, not compensated, who meets none of the
/// four comparisons (the victim's own 低保 entry ended at the death), but another member of the victim's household
/// does. Rule assumed: a case_party as M07's main rule asks (role 被害人, charge 故意伤害罪/交通肇事罪/抢劫罪, compensation
/// below 10,000) with injury 死亡, whose poverty_registry or assistance_roster entry (any validity) has a household_id
/// that another person's entry shares, that person being in poverty_registry, on an assistance_roster entry valid on the
/// as-of date, in disability_registry, or younger than 18 at the incident. Evidence: the case-party row, the victim's
/// and the members' household entries. Per scale, planted: a household whose spouse and 8-year-old child are still on
/// 低保; a household whose spouse's 低保 ended but who is in the disability registry. Near-misses: the first household
/// with a victim seriously injured, not killed; a killed victim whose household's other member's 低保 ended too and who
/// is an adult outside every registry; the first household with a compensated victim.
/// </summary>
internal static class HouseholdAssistanceScenario
{
    private enum Household
    {
        DependantsOnRoster,
        DisabledSpouse,
        NobodyNeedy,
    }

    public static void Generate(GenerationContext g)
    {
        var m07 = g.Truth.Model("M07");
        var number = 0;
        for (var i = 0; i < g.Scale; i++)
        {
            foreach (var (household, injury, compensated, planted) in new[]
                     {
                         (Household.DependantsOnRoster, "死亡", false, true),
                         (Household.DisabledSpouse, "死亡", false, true),
                         (Household.DependantsOnRoster, "重伤", false, false),
                         (Household.NobodyNeedy, "死亡", false, false),
                         (Household.DependantsOnRoster, "死亡", true, false),
                     })
            {
                var incident = g.Keys.Date(new DateOnly(2023, 1, 1), GenerationContext.AsOf.AddDays(-60));
                var victim = g.Keys.Person(1960, 1990);
                var caseId = $"SPP-JZH-{++number:D6}";
                var householdId = $"HH-V{victim.Id}";
                g.Row("spp_case", "SPP", new()
                {
                    ["spp_case_id"] = caseId,
                    ["charges"] = g.Keys.Pick(["故意伤害罪", "交通肇事罪", "抢劫罪"]),
                    ["incident_date"] = GenerationContext.D(incident),
                    ["stage"] = "审查起诉",
                });
                var party = g.Row("case_party", "SPP", new()
                {
                    ["spp_case_id"] = caseId,
                    ["role"] = "被害人",
                    ["id_number"] = victim.Id,
                    ["name"] = victim.Name,
                    ["injury"] = injury,
                    ["loss_amount"] = g.Keys.Money(20_000, 90_000),
                    ["compensation_received"] = compensated ? g.Keys.Money(30_000, 60_000) : "0.00",
                });
                List<string> records = [party, Roster(g, victim.Id, householdId, endedOn: incident)];
                var spouse = g.Keys.Person(1960, 1990);
                switch (household)
                {
                    case Household.DependantsOnRoster:
                        var child = g.Keys.Person(incident.Year - 8, incident.Year - 8);
                        records.Add(Roster(g, spouse.Id, householdId, endedOn: null));
                        records.Add(Roster(g, child.Id, householdId, endedOn: null));
                        break;
                    case Household.DisabledSpouse:
                        records.Add(Roster(g, spouse.Id, householdId, endedOn: incident));
                        g.Row("disability_registry", "CL", new() { ["id_number"] = spouse.Id, ["disability_category"] = "2", ["disability_grade"] = "1" });
                        break;
                    default:
                        Roster(g, spouse.Id, householdId, endedOn: incident);
                        break;
                }

                if (planted)
                {
                    m07.Subjects.Add(victim.Id);
                    m07.Records.AddRange(records);
                }
                else
                {
                    m07.NearMisses.Add(victim.Id);
                }
            }
        }
    }

    private static string Roster(GenerationContext g, string person, string householdId, DateOnly? endedOn) =>
        g.Row("assistance_roster", "MZ", new()
        {
            ["id_number"] = person,
            ["household_id"] = householdId,
            ["assistance_type"] = "低保",
            ["valid_from"] = "2021-01-01",
            ["valid_to"] = endedOn is { } date ? GenerationContext.D(date) : null,
        });
}
