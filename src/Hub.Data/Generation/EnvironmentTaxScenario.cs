using System.Globalization;

namespace Hub.Data.Generation;

/// <summary>
/// M04 at scale 1 reproduces [S1]: 13 enterprises penalised for taxable emissions with no environmental-tax
/// declaration for that quarter, about 250,000 yuan owed.
/// Rule assumed: an admin_penalty of agency_kind ECO on an organisation (entity_uscc) with violation_type 超标排放 or
/// 扬尘; its quarter is that of violation_period_from (else decision_date), written like tax_period (2024Q3); a clue
/// when no env_tax_declaration of the organisation has that tax_period (all planted quarters are in 2024, so the
/// declaration deadline, 15 days after the quarter, has passed at the as-of date). Evidence: the penalty.
/// Near-misses: the 200 per scale other penalised enterprises, each of which declared in the penalty's quarter.
/// </summary>
internal static class EnvironmentTaxScenario
{
    public static void Generate(GenerationContext g)
    {
        var m04 = g.Truth.Model("M04");
        var planted = 13 * g.Scale;
        var owed = 0m;
        for (var i = 0; i < 213 * g.Scale; i++)
        {
            var uscc = g.Keys.CreditCode();
            var name = $"醴陵市{g.Keys.Pick(["瓷业", "陶瓷", "电瓷", "烟花", "建材", "化工"])}{i + 1}号有限公司";
            g.Row("market_entity", "SAMR", new()
            {
                ["uscc"] = uscc,
                ["name"] = name,
                ["status"] = "存续",
                ["legal_rep_id_number"] = g.Keys.Person().Id,
                ["address"] = $"湖南省醴陵市{g.Keys.Pick(["浦口镇", "白兔潭镇", "东富镇", "经开区"])}{i + 1}号",
                ["registered_date"] = GenerationContext.D(g.Keys.Date(new DateOnly(2005, 1, 1), new DateOnly(2020, 1, 1))),
            });
            var from = g.Keys.Date(new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31));
            var quarter = $"{from.Year}Q{((from.Month - 1) / 3) + 1}";
            var penalty = g.Row("admin_penalty", "ECO", new()
            {
                ["agency_kind"] = "ECO",
                ["decision_no"] = $"株环罚〔{from.Year}〕{i + 1}号",
                ["entity_uscc"] = uscc,
                ["violation_type"] = i % 3 == 0 ? "扬尘" : "超标排放",
                ["penalty_types"] = "FINE",
                ["fine_amount"] = g.Keys.Money(10_000, 100_000),
                ["pollutant"] = i % 3 == 0 ? "颗粒物" : "二氧化硫",
                ["exceed_multiple"] = (1.1m + (g.Random.Next(0, 120) / 100m)).ToString("0.00", CultureInfo.InvariantCulture),
                ["method"] = "有组织排放",
                ["violation_period_from"] = GenerationContext.D(from),
                ["violation_period_to"] = GenerationContext.D(from.AddDays(10)),
                ["decision_date"] = GenerationContext.D(from.AddDays(40)),
            });
            if (i < planted)
            {
                var due = i == planted - 1 ? 250_000m * g.Scale - owed + 1_380m : g.Random.Next(15_000, 23_000);
                owed += due;
                m04.Subjects.Add(uscc);
                m04.Records.Add(penalty);
                continue;
            }

            m04.NearMisses.Add(uscc);
            Declare(g, uscc, quarter, g.Random.Next(2_000, 30_000));
        }

        g.Truth.Figures["m04.enterprises"] = planted;
        g.Truth.Figures["m04.estimatedTaxOwed"] = owed;
    }

    internal static void Declare(GenerationContext g, string uscc, string quarter, int due)
    {
        var year = int.Parse(quarter[..4], CultureInfo.InvariantCulture);
        var q = quarter[^1] - '0';
        g.Row("env_tax_declaration", "TAX", new()
        {
            ["entity_uscc"] = uscc,
            ["tax_period"] = quarter,
            ["pollutant_category"] = "大气",
            ["tax_due"] = due.ToString("0.00", CultureInfo.InvariantCulture),
            ["tax_paid"] = due.ToString("0.00", CultureInfo.InvariantCulture),
            ["declared_date"] = GenerationContext.D(new DateOnly(year, q * 3, 1).AddMonths(1).AddDays(9)),
        });
    }
}
