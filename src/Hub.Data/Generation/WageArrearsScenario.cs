using System.Globalization;

namespace Hub.Data.Generation;

/// <summary>
/// M14 supporting prosecution (DOMAIN.md §3 M14). The subject is the employer (credit code); an employer hit by both
/// sub-rules is one subject. Rule assumed, two sub-rules:
/// R1 (wage-arrears complaints on the hotline): lake_hit rows of model M14 (12345 tickets naming unpaid wages, already
/// cleared of tickets answered 已结清/已支付/已处理) with hit_date in [as-of − 365 days, as-of], grouped by resolved_uscc;
/// a clue when the hits' tickets (text_data_set/text_agency/text_record_id) have at least 3 distinct
/// complainant_phone_hash values. Evidence: those tickets.
/// R2 (criminal escalation, 刑法 art. 276-1 with the Hunan thresholds of <c>legal_threshold</c>: 拒不支付劳动报酬-个人
/// 6,000, -多人 40,000): an hr_pay_order o with complied = false and o.deadline &lt; as-of, joined to its
/// hr_wage_complaint c (c.complaint_id = o.complaint_id); a clue when (c.months_unpaid ≥ 3 and c.amount ≥ 6,000) or
/// (c.workers_count ≥ 10 and c.amount ≥ 40,000). The order's amount and workers equal the complaint's. Evidence: c and o.
/// Near-misses (one employer each, per scale): R1 — four tickets from two complainants; three complainants whose
/// tickets were all answered 已结清 (no hits). R2 — 5,999 yuan for 4 months; 8,000 yuan for 2 months; 9 workers and
/// 45,000 yuan; 12 workers and 39,999 yuan (each 2 months); 20,000 yuan for 5 months but complied; 20,000 yuan for 5
/// months with the deadline on the as-of date. Background: small complaints, orders complied with or never issued.
/// Complainants here are born from 1966, so none is elderly on the as-of date (M14-c, <see cref="VulnerableWorkerScenario"/>).
/// </summary>
internal static class WageArrearsScenario
{
    private const int OneWorkerMonths = 3;
    private const decimal OneWorkerMin = 6_000m;
    private const int ManyWorkers = 10;
    private const decimal ManyWorkersMin = 40_000m;
    private const int MinComplainants = 3;

    private static readonly (decimal Amount, short Months, short Workers, bool Complied, int DeadlineDaysBeforeAsOf)[] s_nearMisses =
    [
        (5_999m, 4, 1, false, 30),
        (8_000m, 2, 1, false, 30),
        (45_000m, 2, 9, false, 30),
        (39_999m, 2, 12, false, 30),
        (20_000m, 5, 1, true, 30),
        (20_000m, 5, 1, false, 0),
    ];

    public static void Generate(GenerationContext g)
    {
        var m14 = g.Truth.Model("M14");
        g.Truth.Parameters["m14.oneWorkerMonths"] = OneWorkerMonths;
        g.Truth.Parameters["m14.oneWorkerMin"] = OneWorkerMin;
        g.Truth.Parameters["m14.manyWorkers"] = ManyWorkers;
        g.Truth.Parameters["m14.manyWorkersMin"] = ManyWorkersMin;
        g.Truth.Parameters["m14.minComplainants"] = MinComplainants;
        for (var i = 0; i < 3 * g.Scale; i++)
        {
            var (employer, name) = Employer(g);
            m14.Subjects.Add(employer);
            for (var c = 0; c < MinComplainants + (i % 3); c++)
            {
                m14.Records.Add(Ticket(g, employer, name, Phone(g), cleared: false));
            }
        }

        for (var s = 0; s < g.Scale; s++)
        {
            var (twoCallers, twoCallersName) = Employer(g);
            string[] phones = [Phone(g), Phone(g)];
            for (var c = 0; c < 4; c++)
            {
                Ticket(g, twoCallers, twoCallersName, phones[c % 2], cleared: false);
            }

            var (cleared, clearedName) = Employer(g);
            for (var c = 0; c < MinComplainants; c++)
            {
                Ticket(g, cleared, clearedName, Phone(g), cleared: true);
            }

            m14.NearMisses.AddRange([twoCallers, cleared]);
        }

        for (var i = 0; i < 4 * g.Scale; i++)
        {
            var (employer, _) = Employer(g);
            var many = i % 2 == 1;
            var (amount, months, workers) = many
                ? (g.Random.Next(40_000, 90_000) * 1m, (short)g.Random.Next(1, 3), (short)g.Random.Next(10, 26))
                : (g.Random.Next(6_000, 15_000) * 1m, (short)g.Random.Next(3, 7), (short)1);
            var (complaint, order) = Case(g, employer, amount, months, workers, complied: false, GenerationContext.AsOf.AddDays(-g.Random.Next(10, 120)));
            m14.Subjects.Add(employer);
            m14.Records.AddRange([complaint, order!]);
        }

        for (var s = 0; s < g.Scale; s++)
        {
            foreach (var (amount, months, workers, complied, daysBefore) in s_nearMisses)
            {
                var (employer, _) = Employer(g);
                Case(g, employer, amount, months, workers, complied, GenerationContext.AsOf.AddDays(-daysBefore));
                m14.NearMisses.Add(employer);
            }
        }

        for (var i = 0; i < 150 * g.Scale; i++)
        {
            var withOrder = i % 3 != 0;
            Case(g, Employer(g).Uscc, g.Random.Next(800, 5_000), (short)g.Random.Next(1, 3), (short)1, complied: true,
                withOrder ? g.Keys.Date(new DateOnly(2023, 3, 1), GenerationContext.AsOf.AddDays(-10)) : null);
        }
    }

    internal static (string Uscc, string Name) Employer(GenerationContext g)
    {
        var uscc = g.Keys.CreditCode();
        var name = $"醴陵市{g.Keys.Pick(["建筑劳务", "服装", "餐饮", "物流", "装饰工程"])}{uscc[10..14]}有限公司";
        g.Row("market_entity", "SAMR", new()
        {
            ["uscc"] = uscc,
            ["name"] = name,
            ["address"] = $"湖南省醴陵市{g.Keys.Pick(["经开区", "浦口镇", "东富镇"])}{g.Random.Next(1, 500)}号",
            ["status"] = "存续",
            ["registered_date"] = GenerationContext.D(g.Keys.Date(new DateOnly(2010, 1, 1), new DateOnly(2022, 1, 1))),
        });
        return (uscc, name);
    }

    /// <summary>A keyed hash of a complainant's phone number, as the hotline delivers it (never the number).</summary>
    private static string Phone(GenerationContext g) => $"PH{g.Random.NextInt64(0, long.MaxValue):x16}";

    /// <summary>Writes a 12345 ticket about unpaid wages and, unless the reply says they were paid, its hit; returns the ticket's evidence reference.</summary>
    private static string Ticket(GenerationContext g, string employer, string name, string phoneHash, bool cleared)
    {
        var day = g.Keys.Date(GenerationContext.AsOf.AddDays(-180), GenerationContext.AsOf.AddDays(-1));
        var content = $"反映{name}拖欠工资{g.Random.Next(2, 7)}个月，多次讨薪未果，请求帮助。";
        var ticket = g.Row("hotline_ticket", "12345", new()
        {
            ["ticket_id"] = $"12345-M14-{g.Random.Next(0, 100_000_000):D8}",
            ["received_at"] = $"{GenerationContext.D(day)}T{g.Random.Next(8, 22):D2}:{g.Random.Next(0, 60):D2}:00+08:00",
            ["channel"] = "电话",
            ["complainant_phone_hash"] = phoneHash,
            ["category"] = "劳动保障",
            ["content"] = content,
            ["handling_dept"] = "醴陵市人力资源和社会保障局",
            ["reply"] = cleared ? "经协调，工资已结清。" : "已转劳动监察大队调查处理。",
            ["status"] = "已办结",
        });
        if (!cleared)
        {
            string[] terms = ["拖欠工资", "讨薪"];
            g.Row("lake_hit", "LAKE", new()
            {
                ["hit_id"] = $"HIT-{ticket.Split('/')[2]}",
                ["model_id"] = "M14",
                ["rule_version"] = "1",
                ["text_data_set"] = "hotline_ticket",
                ["text_agency"] = DemoAgencies.Code("12345"),
                ["text_record_id"] = ticket.Split('/')[2],
                ["text_field"] = "content",
                ["matched_terms"] = string.Join('|', terms),
                ["offsets"] = string.Join('|', terms.Select(t => $"{content.IndexOf(t, StringComparison.Ordinal)}:{t.Length}")),
                ["hit_date"] = GenerationContext.D(day),
                ["resolved_uscc"] = employer,
                ["resolution_confidence"] = "0.95",
            });
        }

        return ticket;
    }

    /// <summary>Writes a complaint and, when a deadline is given, the order to pay by it; returns both evidence references.</summary>
    internal static (string Complaint, string? Order) Case(GenerationContext g, string employer, decimal amount, short months, short workers, bool complied, DateOnly? deadline,
        SyntheticPerson? complainant = null)
    {
        var received = (deadline ?? GenerationContext.AsOf).AddDays(-40);
        var complaintId = $"QX-{g.Random.Next(0, 100_000_000):D8}";
        var complaint = g.Row("hr_wage_complaint", "HRSS", new()
        {
            ["complaint_id"] = complaintId,
            ["complainant_id_number"] = (complainant ?? g.Keys.Person(1966, 2000)).Id,
            ["employer_uscc"] = employer,
            ["amount"] = amount.ToString("0.00", CultureInfo.InvariantCulture),
            ["months_unpaid"] = months.ToString(CultureInfo.InvariantCulture),
            ["workers_count"] = workers.ToString(CultureInfo.InvariantCulture),
            ["received_date"] = GenerationContext.D(received),
            ["status"] = deadline is null ? "已结案" : "已立案",
        });
        if (deadline is not { } due)
        {
            return (complaint, null);
        }

        var order = g.Row("hr_pay_order", "HRSS", new()
        {
            ["order_no"] = $"醴人社监令〔{due.Year}〕{g.Random.Next(1, 99999)}号",
            ["employer_uscc"] = employer,
            ["complaint_id"] = complaintId,
            ["amount"] = amount.ToString("0.00", CultureInfo.InvariantCulture),
            ["workers_count"] = workers.ToString(CultureInfo.InvariantCulture),
            ["issued_date"] = GenerationContext.D(due.AddDays(-15)),
            ["deadline"] = GenerationContext.D(due),
            ["complied"] = complied ? "true" : "false",
        });
        return (complaint, order);
    }
}
