namespace Hub.Data.Generation;

/// <summary>
/// M10's protection-order rule: a court's personal-safety protection order, and a domestic-violence 110 call about its
/// respondent while it is in force (a possible 拒不执行裁定). Rule assumed: a police_dispatch of category 家庭暴力 or
/// 家庭纠纷, received (Asia/Shanghai date) within the 12 months before the as-of date, after a protection_order's
/// issued_date and on or before its valid_to, whose respondent_id_number is the order's. Evidence: the call and the order.
/// Each respondent has a single call, so the repeated-calls rule does not see them. Per scale, planted: an order of six
/// months and a call 30 days after it was issued. Near-misses: a call 30 days after an order of 20 days ran out; a call
/// on the day the order was issued (the call that led to it); a 邻里纠纷 call while an order is in force.
/// </summary>
internal static class ProtectionOrderScenario
{
    private static readonly (int OrderDays, int CallDay, string Category, bool Planted)[] s_cases =
    [
        (180, 30, "家庭暴力", true),
        (20, 50, "家庭暴力", false),
        (180, 0, "家庭暴力", false),
        (180, 30, "邻里纠纷", false),
    ];

    public static void Generate(GenerationContext g)
    {
        var m10 = g.Truth.Model("M10");
        for (var i = 0; i < g.Scale; i++)
        {
            foreach (var (orderDays, callDay, category, planted) in s_cases)
            {
                var (victim, abuser, address) = DomesticViolenceScenario.Household(g);
                var issued = g.Keys.Date(GenerationContext.AsOf.AddDays(-200), GenerationContext.AsOf.AddDays(-100));
                var order = g.Row("protection_order", "COURT", new()
                {
                    ["order_no"] = $"(2025)湘0281民保令{g.Random.Next(1, 999)}号",
                    ["court_code"] = "湘0281",
                    ["applicant_id_number"] = victim.Id,
                    ["respondent_id_number"] = abuser.Id,
                    ["issued_date"] = GenerationContext.D(issued),
                    ["valid_to"] = GenerationContext.D(issued.AddDays(orderDays)),
                });
                var call = DomesticViolenceScenario.Call(g, victim, abuser, address, category, issued.AddDays(callDay));
                if (planted)
                {
                    m10.Subjects.Add(abuser.Id);
                    m10.Records.AddRange([call, order]);
                }
                else
                {
                    m10.NearMisses.Add(abuser.Id);
                }
            }
        }
    }
}
