namespace Hub.Data.Generation;

/// <summary>
/// M13 R4 无益拍卖: first-round auctions whose start price does not exceed the priority claims plus the enforcement
/// costs (nothing would be left for the applicant), with no disclosure recording that the applicant was told. Every
/// other M13 rule is kept: 30 days' notice, start at 80 % of the appraisal, full disclosures.
/// Rule assumed: priority_claims_amount present and start_price ≤ priority_claims_amount + enforcement_cost_estimate,
/// and disclosures lacking 无益拍卖通知. Evidence: the auction. Per scale one plant; near-misses: a start price one
/// yuan above claims and costs, and a futile auction whose disclosures record the notice.
/// </summary>
internal static class FutileAuctionScenario
{
    private const string FullDisclosure = "执行依据|评估报告|瑕疵|优先购买权人|税费承担";

    public static void Generate(GenerationContext g)
    {
        var m13 = g.Truth.Model("M13");
        for (var i = 0; i < g.Scale; i++)
        {
            var planted = Auction(g, $"PM-F{(3 * i) + 1:D6}", aboveClaimsAndCosts: -1_000m, FullDisclosure);
            m13.Subjects.Add(planted.Id);
            m13.Records.Add(planted.Record);
            m13.NearMisses.Add(Auction(g, $"PM-F{(3 * i) + 2:D6}", aboveClaimsAndCosts: 1m, FullDisclosure).Id);
            m13.NearMisses.Add(Auction(g, $"PM-F{(3 * i) + 3:D6}", aboveClaimsAndCosts: -1_000m, FullDisclosure + "|无益拍卖通知").Id);
        }
    }

    private static (string Id, string Record) Auction(GenerationContext g, string id, decimal aboveClaimsAndCosts, string disclosures)
    {
        var appraisal = g.Random.Next(500, 3000) * 1000m;
        var start = Math.Round(appraisal * 0.8m, 2);
        var costs = 20_000m;
        var announce = g.Keys.Date(new DateOnly(2024, 1, 1), GenerationContext.AsOf.AddDays(-60));
        var record = g.Row("judicial_auction", "COURT", new()
        {
            ["auction_id"] = id,
            ["platform"] = "阿里",
            ["court_code"] = "湘0281",
            ["enforcement_case_no"] = $"({announce.Year})湘0281执{id}号",
            ["asset_type"] = "不动产",
            ["appraisal_value"] = GenerationContext.N(appraisal),
            ["start_price"] = GenerationContext.N(start),
            ["round"] = "一拍",
            ["announce_date"] = GenerationContext.D(announce),
            ["bid_start"] = GenerationContext.D(announce.AddDays(30)),
            ["bid_end"] = GenerationContext.D(announce.AddDays(31)),
            ["status"] = "流拍",
            ["priority_claims_amount"] = GenerationContext.N(start - costs - aboveClaimsAndCosts),
            ["enforcement_cost_estimate"] = GenerationContext.N(costs),
            ["disclosures"] = disclosures,
        });
        return (id, record);
    }
}
