namespace Hub.Data.Generation;

/// <summary>
/// M10-b: lake_hit rows of model M10 whose matched_terms include 性骚扰, 猥亵 or 骚扰短信, resolved (resolution_confidence
/// ≥ 0.8) to one workplace's credit code, with hit_date in [as-of − 12 months, as-of]; a clue when there are at least
/// 2. Evidence: the hits. Per scale, planted: an employer named by 2 hits. Near-misses: an employer named by 1 hit; one
/// named by 2 hits resolved with confidence 0.5; one named by 2 hits of which one is 13 months old.
/// </summary>
internal static class HarassmentScenario
{
    public static void Generate(GenerationContext g)
    {
        var m10 = g.Truth.Model("M10");
        g.Truth.Parameters["m10.harassmentHits"] = 2;
        for (var i = 0; i < g.Scale; i++)
        {
            var planted = g.Keys.CreditCode();
            m10.Subjects.Add(planted);
            m10.Records.AddRange([Hit(g, planted, 40, 0.9m), Hit(g, planted, 100, 0.9m)]);

            var once = g.Keys.CreditCode();
            Hit(g, once, 40, 0.9m);
            var unsure = g.Keys.CreditCode();
            Hit(g, unsure, 40, 0.5m);
            Hit(g, unsure, 100, 0.5m);
            var old = g.Keys.CreditCode();
            Hit(g, old, 40, 0.9m);
            Hit(g, old, 396, 0.9m);
            m10.NearMisses.AddRange([once, unsure, old]);
        }
    }

    private static string Hit(GenerationContext g, string uscc, int daysBeforeAsOf, decimal confidence) =>
        LakeTicketHit.Write(g, "M10", "妇女权益", "反映所在公司部门主管多次对女员工性骚扰，并发送骚扰短信。", "性骚扰", uscc,
            GenerationContext.AsOf.AddDays(-daysBeforeAsOf), confidence);
}
