using System.Globalization;

namespace Hub.Data.Generation;

/// <summary>
/// M01 theft handled as an administrative penalty although the criminal threshold (2,000 yuan in Hunan) is met and no
/// criminal intake followed. Background: 10,000 × scale police penalties for other violations, each person once; a
/// share delivers repairable keys.
/// Rule assumed (sub-rule M01-a, amount branch): admin_penalty with violation_type 盗窃, involved_value ≥ the
/// 盗窃-数额较大 threshold (legal_threshold, 2,000 for region 43), not sealed, and no case_intake of case_kind 刑事 naming
/// the person as suspect. Near-misses per scale: 10 at 1,800–1,999 yuan; 5 at ≥ 2,000 yuan with a criminal intake
/// 3 days after the violation; 1 sealed penalty of a 16-year-old (≥ 2,000 yuan, no intake): a minor's sealed record.
/// </summary>
internal static class PenaltyScenario
{
    private static readonly string[] s_violations = ["殴打他人", "赌博", "吸毒", "无证驾驶", "扰乱公共秩序", "寻衅滋事", "故意损毁财物"];

    public static void Generate(GenerationContext g)
    {
        var m01 = g.Truth.Model("M01");
        for (var i = 0; i < 27 * g.Scale; i++)
        {
            var person = g.Keys.Person();
            var planted = i < 12 * g.Scale;
            var value = planted ? g.Random.Next(2000, 9000) : i < 22 * g.Scale ? g.Random.Next(1800, 2000) : g.Random.Next(2000, 5000);
            var violation = g.Keys.Date(GenerationContext.AsOf.AddDays(-400), GenerationContext.AsOf.AddDays(-60));
            var record = Penalty(g, person, person.Id, "盗窃", violation, value);
            if (planted)
            {
                m01.Subjects.Add(person.Id);
                m01.Records.Add(record);
                continue;
            }

            m01.NearMisses.Add(person.Id);
            if (i >= 22 * g.Scale)
            {
                g.Row("case_intake", "PSB", new()
                {
                    ["psb_case_no"] = $"A4302810{i:D6}",
                    ["case_kind"] = "刑事",
                    ["suspected_charge"] = "盗窃罪",
                    ["suspect_id_number"] = person.Id,
                    ["accepted_date"] = GenerationContext.D(violation.AddDays(3)),
                    ["filed_date"] = GenerationContext.D(violation.AddDays(5)),
                });
            }
        }

        for (var i = 0; i < 10_000 * g.Scale; i++)
        {
            var person = g.Keys.Person();
            var delivered = (i % 100) switch
            {
                0 => person.Id.Substring(0, 6) + person.Id.Substring(8, 9), // legacy 15-digit form: repaired on import
                1 => string.Concat(person.Id.Select(c => char.IsAsciiDigit(c) ? (char)(c + 0xFEE0) : c)), // full-width digits
                _ => person.Id,
            };
            if (i % 100 == 0 && person.BirthDate.Year >= 2000)
            {
                delivered = person.Id;
            }

            var violation = g.Keys.Date(new DateOnly(2021, 1, 1), GenerationContext.AsOf.AddDays(-10));
            var type = i % 10 == 0 ? "盗窃" : g.Keys.Pick(s_violations);
            Penalty(g, person, delivered, type, violation, type == "盗窃" ? g.Random.Next(50, 1000) : null);
        }

        for (var i = 0; i < g.Scale; i++)
        {
            var minor = g.Keys.Person(GenerationContext.AsOf.Year - 17, GenerationContext.AsOf.Year - 17);
            var violation = g.Keys.Date(GenerationContext.AsOf.AddDays(-200), GenerationContext.AsOf.AddDays(-60));
            Penalty(g, minor, minor.Id, "盗窃", violation, g.Random.Next(2000, 5000), isSealed: true);
            m01.NearMisses.Add(minor.Id);
        }
    }

    /// <summary>A police penalty of <paramref name="person"/> (delivered under <paramref name="deliveredId"/>); returns its evidence reference.</summary>
    public static string Penalty(GenerationContext g, SyntheticPerson person, string deliveredId, string type, DateOnly violation, int? value,
        bool isSealed = false, string? circumstances = null) =>
        g.Row("admin_penalty", "PSB", new()
        {
            ["agency_kind"] = "PSB",
            ["decision_no"] = $"醴公(治)行罚决字〔{violation.Year}〕{g.Random.Next(1, 99999)}号",
            ["person_id_number"] = deliveredId,
            ["person_name"] = person.Name,
            ["violation_type"] = type,
            ["legal_basis"] = "治安管理处罚法",
            ["penalty_types"] = g.Random.Next(3) == 0 ? "FINE|ADMIN_DETENTION" : "FINE",
            ["fine_amount"] = g.Keys.Money(200, 1000),
            ["involved_value"] = value?.ToString("0.00", CultureInfo.InvariantCulture),
            ["circumstance_flags"] = circumstances,
            ["violation_date"] = GenerationContext.D(violation),
            ["decision_date"] = GenerationContext.D(violation.AddDays(g.Random.Next(1, 20))),
            ["decision_unit_code"] = "430281PSB",
            ["facts_text"] = $"{person.Name}于{violation:yyyy年M月d日}{type}，查证属实。",
            ["sealed"] = isSealed ? "true" : null,
        });
}
