namespace Hub.Data.Generation;

/// <summary>
/// M15 benefits paid to deceased or imprisoned persons (DOMAIN.md §3 M15). The subject is the person; the evidence is
/// every improper payment and the death or custody record that makes it improper.
/// Rule assumed: a benefit_payment p (pay_month = the first day of the month paid for) is improper when
/// (a) a death_registry row of the person has death_date &lt; p.pay_month (the month of death itself is still due), or
/// (b) a custody_in_out row of the person with in_reason 执行刑罚 has in_date &lt; p.pay_month and out_date null or
/// ≥ p.pay_month + 1 month (serving the sentence for the whole month paid for).
/// Near-misses (one person each, per scale): paid up to the month of death only; entered prison in the last month
/// paid; released in the first month paid after custody; paid during 2 months of 刑事拘留 (pre-trial, not a sentence).
/// Background: beneficiaries paid January to June 2025; deaths of persons with no benefit.
/// </summary>
internal static class BenefitScenario
{
    private static readonly DateOnly s_firstMonth = new(2025, 1, 1);
    private const int Months = 6;

    public static void Generate(GenerationContext g)
    {
        var m15 = g.Truth.Model("M15");
        for (var i = 0; i < 6 * g.Scale; i++)
        {
            var person = g.Keys.Person(1940, 1965);
            var payments = Payments(g, person, s_firstMonth, Months);
            string cause;
            DateOnly from;
            if (i % 2 == 0)
            {
                var died = new DateOnly(2025, 2, g.Random.Next(1, 28));
                cause = Death(g, person, died);
                from = new DateOnly(2025, 3, 1);
            }
            else
            {
                cause = Custody(g, person, "执行刑罚", new DateOnly(2024, 10, g.Random.Next(1, 28)), null);
                from = s_firstMonth;
            }

            m15.Subjects.Add(person.Id);
            m15.Records.Add(cause);
            m15.Records.AddRange(payments.Where(p => p.Month >= from).Select(p => p.Reference));
        }

        for (var i = 0; i < g.Scale; i++)
        {
            var dead = g.Keys.Person(1940, 1965);
            Death(g, dead, new DateOnly(2025, 3, 20));
            Payments(g, dead, s_firstMonth, 3);

            var jailed = g.Keys.Person(1950, 1970);
            Custody(g, jailed, "执行刑罚", new DateOnly(2025, 3, 10), null);
            Payments(g, jailed, s_firstMonth, 3);

            var released = g.Keys.Person(1950, 1970);
            Custody(g, released, "执行刑罚", new DateOnly(2023, 5, 4), new DateOnly(2025, 2, 20));
            Payments(g, released, new DateOnly(2025, 2, 1), 5);

            var detained = g.Keys.Person(1950, 1970);
            Custody(g, detained, "刑事拘留", new DateOnly(2025, 1, 20), new DateOnly(2025, 4, 10));
            Payments(g, detained, s_firstMonth, Months);
            m15.NearMisses.AddRange([dead.Id, jailed.Id, released.Id, detained.Id]);
        }

        for (var i = 0; i < 200 * g.Scale; i++)
        {
            Payments(g, g.Keys.Person(1940, 1970), s_firstMonth, Months);
        }

        for (var i = 0; i < 100 * g.Scale; i++)
        {
            Death(g, g.Keys.Person(1930, 1960), g.Keys.Date(new DateOnly(2023, 1, 1), GenerationContext.AsOf));
        }
    }

    private static List<(DateOnly Month, string Reference)> Payments(GenerationContext g, SyntheticPerson person, DateOnly first, int months)
    {
        var (type, agency, amount) = g.Random.Next(3) switch
        {
            0 => ("养老金", "HRSS", g.Keys.Money(1_800, 3_500)),
            1 => ("低保金", "MZ", g.Keys.Money(450, 700)),
            _ => ("高龄补贴", "MZ", "100.00"),
        };
        var payments = new List<(DateOnly, string)>(months);
        for (var m = 0; m < months; m++)
        {
            var month = first.AddMonths(m);
            payments.Add((month, g.Row("benefit_payment", agency, new()
            {
                ["id_number"] = person.Id,
                ["benefit_type"] = type,
                ["paying_agency"] = agency,
                ["pay_month"] = GenerationContext.D(month),
                ["amount"] = amount,
                ["paid_date"] = GenerationContext.D(month.AddDays(14)),
            })));
        }

        return payments;
    }

    private static string Death(GenerationContext g, SyntheticPerson person, DateOnly died) =>
        g.Row("death_registry", died.Day % 2 == 0 ? "PSB" : "MZ", new()
        {
            ["id_number"] = person.Id,
            ["death_date"] = GenerationContext.D(died),
            ["record_kind"] = died.Day % 2 == 0 ? "户籍注销" : "火化",
            ["registered_date"] = GenerationContext.D(died.AddDays(g.Random.Next(3, 30))),
        });

    private static string Custody(GenerationContext g, SyntheticPerson person, string reason, DateOnly inDate, DateOnly? outDate) =>
        g.Row("custody_in_out", reason == "执行刑罚" ? "SFJ" : "PSB", new()
        {
            ["facility_type"] = "看守所",
            ["facility_code"] = "430281KSS",
            ["person_id_number"] = person.Id,
            ["in_date"] = GenerationContext.D(inDate),
            ["out_date"] = outDate is { } o ? GenerationContext.D(o) : null,
            ["in_reason"] = reason,
            ["out_reason"] = outDate is null ? null : reason == "执行刑罚" ? "刑满释放" : "变更强制措施",
        });
}
