namespace Hub.Data.Generation;

/// <summary>
/// M07 "two libraries, four comparisons": seriously injured, uncompensated victims who are in the poverty registry,
/// on a current 低保 roster, in the disability registry, or minors.
/// Rule assumed: a case_party of role 被害人 with injury 重伤 or 死亡 and compensation_received &lt; 10,000 (parameter
/// m07.compensationMin) who is in poverty_registry, or on an assistance_roster entry valid on the as-of date
/// (valid_to null or ≥ as-of), or in disability_registry, or younger than 18 on the spp_case's incident_date.
/// Evidence: the case-party row. Near-misses (16 per scale): seriously injured victims who were compensated (with a
/// library entry), or whose only library entry is a 低保 that expired 3 months before the as-of date, or in no library.
/// </summary>
internal static class AssistanceScenario
{
    public static void Generate(GenerationContext g)
    {
        var m07 = g.Truth.Model("M07");
        g.Truth.Parameters["m07.compensationMin"] = 10_000;
        for (var i = 0; i < 328 * g.Scale; i++)
        {
            var kind = i % 4;
            var planted = i < 12 * g.Scale;
            var nearMiss = !planted && i < 28 * g.Scale;
            var incident = g.Keys.Date(new DateOnly(2023, 1, 1), GenerationContext.AsOf.AddDays(-30));
            var victim = planted && kind == 3 ? g.Keys.Person(incident.Year - 15, incident.Year - 10) : g.Keys.Person(1950, 1995);
            var caseId = $"SPP-JZ-{i + 1:D7}";
            g.Row("spp_case", "SPP", new()
            {
                ["spp_case_id"] = caseId,
                ["charges"] = g.Keys.Pick(["故意伤害罪", "交通肇事罪", "抢劫罪"]),
                ["incident_date"] = GenerationContext.D(incident),
                ["stage"] = "审查起诉",
            });
            var serious = planted || nearMiss;
            var compensated = nearMiss && i % 2 == 0;
            var party = g.Row("case_party", "SPP", new()
            {
                ["spp_case_id"] = caseId,
                ["role"] = "被害人",
                ["id_number"] = victim.Id,
                ["name"] = victim.Name,
                ["injury"] = serious ? (i % 5 == 0 ? "死亡" : "重伤") : "轻微伤",
                ["loss_amount"] = serious ? g.Keys.Money(20_000, 90_000) : g.Keys.Money(100, 5_000),
                ["compensation_received"] = compensated || !serious ? g.Keys.Money(30_000, 60_000) : "0.00",
            });
            if (planted || compensated || (nearMiss && i % 4 == 1))
            {
                Library(g, victim, planted ? kind : compensated ? i % 3 : 1, expired: !planted && !compensated);
            }

            if (planted)
            {
                m07.Subjects.Add(victim.Id);
                m07.Records.Add(party);
            }
            else if (nearMiss)
            {
                m07.NearMisses.Add(victim.Id);
            }
        }

        for (var i = 0; i < 1_500 * g.Scale; i++)
        {
            Library(g, g.Keys.Person(), i % 3, expired: false);
        }
    }

    private static void Library(GenerationContext g, SyntheticPerson person, int kind, bool expired)
    {
        switch (kind)
        {
            case 0:
                g.Row("poverty_registry", "NYNC", new() { ["id_number"] = person.Id, ["household_id"] = $"HH{person.Id}", ["status"] = "脱贫不稳定户" });
                break;
            case 1:
                g.Row("assistance_roster", "MZ", new()
                {
                    ["id_number"] = person.Id,
                    ["assistance_type"] = "低保",
                    ["valid_from"] = "2022-01-01",
                    ["valid_to"] = expired ? GenerationContext.D(GenerationContext.AsOf.AddMonths(-3)) : null,
                });
                break;
            case 2:
                g.Row("disability_registry", "CL", new() { ["id_number"] = person.Id, ["disability_category"] = "4", ["disability_grade"] = "2" });
                break;
            default:
                break; // a minor needs no registry: the birth date in the id number is the comparison
        }
    }
}
