using System.Globalization;

namespace Hub.Data.Generation;

/// <summary>
/// M13 online judicial auctions, one rule broken per planted auction: notice shorter than 30 (real estate) or 15
/// (movables) days, first-round start below 70 % of appraisal, missing disclosures. Near-misses sit exactly on the limits.
/// Rule assumed (the subject is auction_id, the evidence the auction row): bid_start − announce_date &lt; 15 days for
/// 动产, &lt; 30 days otherwise; or round 一拍 and start_price &lt; 0.70 × appraisal_value; or disclosures lacking any
/// of 执行依据, 评估报告, 瑕疵, 优先购买权人, 税费承担. Near-misses (15 per scale): notice of exactly 15 / 30 days, some
/// with a start price of exactly 70 % of the appraisal, full disclosures.
/// </summary>
internal static class AuctionScenario
{
    private const string FullDisclosure = "执行依据|评估报告|瑕疵|优先购买权人|税费承担";

    public static void Generate(GenerationContext g)
    {
        var m13 = g.Truth.Model("M13");
        for (var i = 0; i < 327 * g.Scale; i++)
        {
            var planted = i < 12 * g.Scale;
            var nearMiss = !planted && i < 27 * g.Scale;
            var movable = i % 2 == 1;
            var appraisal = g.Random.Next(100, 3000) * 1000m;
            var notice = movable ? 15 : 30;
            var start = Math.Round(appraisal * 0.8m, 2);
            var disclosures = FullDisclosure;
            if (planted)
            {
                switch (i % 3)
                {
                    case 0: notice -= g.Random.Next(3, 10); break;
                    case 1: start = Math.Round(appraisal * 0.6m, 2); break;
                    default: disclosures = "执行依据|评估报告"; break;
                }
            }
            else if (nearMiss)
            {
                start = i % 2 == 0 ? Math.Round(appraisal * 0.7m, 2) : start;
            }
            else
            {
                notice += g.Random.Next(0, 10);
            }

            var announce = g.Keys.Date(new DateOnly(2023, 1, 1), GenerationContext.AsOf.AddDays(-60));
            var record = g.Row("judicial_auction", "COURT", new()
            {
                ["auction_id"] = $"PM-{i + 1:D7}",
                ["platform"] = i % 3 == 0 ? "京东" : "阿里",
                ["court_code"] = "湘0281",
                ["enforcement_case_no"] = $"({announce.Year})湘0281执{i + 1}号",
                ["asset_type"] = movable ? "动产" : "不动产",
                ["appraisal_value"] = appraisal.ToString("0.00", CultureInfo.InvariantCulture),
                ["start_price"] = start.ToString("0.00", CultureInfo.InvariantCulture),
                ["round"] = "一拍",
                ["announce_date"] = GenerationContext.D(announce),
                ["bid_start"] = GenerationContext.D(announce.AddDays(notice)),
                ["bid_end"] = GenerationContext.D(announce.AddDays(notice + 1)),
                ["status"] = "成交",
                ["deal_price"] = (start * 1.1m).ToString("0.00", CultureInfo.InvariantCulture),
                ["disclosures"] = disclosures,
            });
            if (planted)
            {
                m13.Subjects.Add($"PM-{i + 1:D7}");
                m13.Records.Add(record);
            }
            else if (nearMiss)
            {
                m13.NearMisses.Add($"PM-{i + 1:D7}");
            }
        }
    }
}
