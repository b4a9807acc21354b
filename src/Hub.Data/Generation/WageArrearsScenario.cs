using System.Globalization;

namespace Hub.Data.Generation;

/// <summary>
/// M14 supporting prosecution, criminal-escalation part (DOMAIN.md §3 M14, 刑法 art. 276-1 with the Hunan thresholds
/// of <c>legal_threshold</c>: 拒不支付劳动报酬-个人 6,000, -多人 40,000). The subject is the employer (credit code);
/// the evidence is the complaint and the order to pay.
/// Rule assumed: an hr_pay_order o with complied = false and o.deadline &lt; as-of, joined to its hr_wage_complaint c
/// (c.complaint_id = o.complaint_id); a clue when (c.months_unpaid ≥ 3 and c.amount ≥ 6,000) or
/// (c.workers_count ≥ 10 and c.amount ≥ 40,000). The order's amount and workers equal the complaint's.
/// Near-misses (one employer each, per scale): 5,999 yuan for 4 months; 8,000 yuan for 2 months; 9 workers and 45,000
/// yuan; 12 workers and 39,999 yuan (each 2 months); 20,000 yuan for 5 months but complied; 20,000 yuan for 5 months
/// with the deadline on the as-of date. Background: small complaints, orders complied with or never issued.
/// </summary>
internal static class WageArrearsScenario
{
    private const int OneWorkerMonths = 3;
    private const decimal OneWorkerMin = 6_000m;
    private const int ManyWorkers = 10;
    private const decimal ManyWorkersMin = 40_000m;

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
        for (var i = 0; i < 4 * g.Scale; i++)
        {
            var employer = Employer(g);
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
                var employer = Employer(g);
                Case(g, employer, amount, months, workers, complied, GenerationContext.AsOf.AddDays(-daysBefore));
                m14.NearMisses.Add(employer);
            }
        }

        for (var i = 0; i < 150 * g.Scale; i++)
        {
            var withOrder = i % 3 != 0;
            Case(g, Employer(g), g.Random.Next(800, 5_000), (short)g.Random.Next(1, 3), (short)1, complied: true,
                withOrder ? g.Keys.Date(new DateOnly(2023, 3, 1), GenerationContext.AsOf.AddDays(-10)) : null);
        }
    }

    private static string Employer(GenerationContext g)
    {
        var uscc = g.Keys.CreditCode();
        g.Row("market_entity", "SAMR", new()
        {
            ["uscc"] = uscc,
            ["name"] = $"醴陵市{g.Keys.Pick(["建筑劳务", "服装", "餐饮", "物流", "装饰工程"])}{uscc[10..14]}有限公司",
            ["address"] = $"湖南省醴陵市{g.Keys.Pick(["经开区", "浦口镇", "东富镇"])}{g.Random.Next(1, 500)}号",
            ["status"] = "存续",
            ["registered_date"] = GenerationContext.D(g.Keys.Date(new DateOnly(2010, 1, 1), new DateOnly(2022, 1, 1))),
        });
        return uscc;
    }

    /// <summary>Writes a complaint and, when a deadline is given, the order to pay by it; returns both evidence references.</summary>
    private static (string Complaint, string? Order) Case(GenerationContext g, string employer, decimal amount, short months, short workers, bool complied, DateOnly? deadline)
    {
        var received = (deadline ?? GenerationContext.AsOf).AddDays(-40);
        var complaintId = $"QX-{g.Random.Next(0, 100_000_000):D8}";
        var complaint = g.Row("hr_wage_complaint", "HRSS", new()
        {
            ["complaint_id"] = complaintId,
            ["complainant_id_number"] = g.Keys.Person(1960, 2000).Id,
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
