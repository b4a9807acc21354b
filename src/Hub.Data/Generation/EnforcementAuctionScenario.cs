using System.Security.Cryptography;
using System.Text;

namespace Hub.Data.Generation;

/// <summary>
/// M13 R6 and R7, from the courts' enforcement cases. Every auction here keeps the other M13 rules: real estate with 30
/// days' notice, start at 80 % of the appraisal, full disclosures, no priority claims.
/// R6 rule assumed: a 成交 judicial_auction whose winner_id_hash equals the respondent_id_hash of the enforcement_case
/// of the same enforcement_case_no (both the court's keyed hash of an identity number; the generator keys its own).
/// Evidence: the auction and the case; the subject is the auction. Per scale one plant; near-miss: an auction won by the
/// respondent of another enforcement case.
/// R7 rule assumed: an enforcement_case of status 终本 with a 成交 auction of the same enforcement_case_no whose deal_price
/// is at least the case's amount_due. Evidence: the case and the auction; the subject is the enforcement case. Per scale
/// one plant (a 600,000 sale for 500,000 due); near-misses: a sale one yuan short of the amount due; a case 执行完毕
/// after a full sale; a 终本 case whose auction went unsold with a start price above the amount due.
/// </summary>
internal static class EnforcementAuctionScenario
{
    private const string FullDisclosure = "执行依据|评估报告|瑕疵|优先购买权人|税费承担";
    private static readonly byte[] s_courtPairKey = Encoding.UTF8.GetBytes("generator: court and auction platform pair key");

    public static void Generate(GenerationContext g)
    {
        var m13 = g.Truth.Model("M13");
        var number = 0;
        for (var i = 0; i < g.Scale; i++)
        {
            // R6: the respondent buys; near-miss: another case's respondent buys.
            var debtor = g.Keys.Person();
            var debtorCase = Case(g, ++number, debtor.Id, amountDue: 800_000m, "执行中");
            var bought = Auction(g, debtorCase, appraisal: 500_000m, "成交", deal: 450_000m, winner: debtor.Id);
            m13.Subjects.Add(bought.Id);
            m13.Records.AddRange([bought.Record, debtorCase.Record]);

            var otherCase = Case(g, ++number, g.Keys.Person().Id, amountDue: 800_000m, "执行中");
            m13.NearMisses.Add(Auction(g, otherCase, appraisal: 500_000m, "成交", deal: 450_000m, winner: debtorCase.Respondent).Id);

            // R7: a case closed as 终本 although its sale paid it; near-misses one yuan short, closed as paid, unsold.
            var closed = Case(g, ++number, g.Keys.Person().Id, amountDue: 500_000m, "终本");
            var paid = Auction(g, closed, appraisal: 700_000m, "成交", deal: 600_000m, winner: g.Keys.Person().Id);
            m13.Subjects.Add(closed.No);
            m13.Records.AddRange([closed.Record, paid.Record]);

            var shortSale = Case(g, ++number, g.Keys.Person().Id, amountDue: 500_000m, "终本");
            Auction(g, shortSale, appraisal: 700_000m, "成交", deal: 499_999m, winner: g.Keys.Person().Id);
            m13.NearMisses.Add(shortSale.No);

            var done = Case(g, ++number, g.Keys.Person().Id, amountDue: 500_000m, "执行完毕");
            Auction(g, done, appraisal: 700_000m, "成交", deal: 600_000m, winner: g.Keys.Person().Id);
            m13.NearMisses.Add(done.No);

            var unsold = Case(g, ++number, g.Keys.Person().Id, amountDue: 500_000m, "终本");
            Auction(g, unsold, appraisal: 700_000m, "流拍", deal: null, winner: null);
            m13.NearMisses.Add(unsold.No);
        }
    }

    private static PlantedCase Case(GenerationContext g, int number, string respondent, decimal amountDue, string status)
    {
        var no = $"(2024)湘0281执E{number}号";
        var record = g.Row("enforcement_case", "COURT", new()
        {
            ["enforcement_case_no"] = no,
            ["court_code"] = "湘0281",
            ["respondent_id_number"] = respondent,
            ["respondent_id_hash"] = Hash(respondent),
            ["amount_due"] = GenerationContext.N(amountDue),
            ["status"] = status,
            ["status_date"] = GenerationContext.D(GenerationContext.AsOf.AddDays(-20)),
        });
        return new PlantedCase(number, no, respondent, record);
    }

    private static (string Id, string Record) Auction(GenerationContext g, PlantedCase enforcementCase,
        decimal appraisal, string status, decimal? deal, string? winner)
    {
        var id = $"PM-E{enforcementCase.Number:D6}";
        var announce = g.Keys.Date(new DateOnly(2024, 6, 1), GenerationContext.AsOf.AddDays(-90));
        var record = g.Row("judicial_auction", "COURT", new()
        {
            ["auction_id"] = id,
            ["platform"] = "阿里",
            ["court_code"] = "湘0281",
            ["enforcement_case_no"] = enforcementCase.No,
            ["asset_type"] = "不动产",
            ["appraisal_value"] = GenerationContext.N(appraisal),
            ["start_price"] = GenerationContext.N(appraisal * 0.8m),
            ["round"] = "一拍",
            ["announce_date"] = GenerationContext.D(announce),
            ["bid_start"] = GenerationContext.D(announce.AddDays(30)),
            ["bid_end"] = GenerationContext.D(announce.AddDays(31)),
            ["status"] = status,
            ["deal_price"] = deal is { } price ? GenerationContext.N(price) : null,
            ["disclosures"] = FullDisclosure,
            ["winner_id_hash"] = winner is null ? null : Hash(winner),
        });
        return (id, record);
    }

    private static string Hash(string idNumber) => Convert.ToHexStringLower(HMACSHA256.HashData(s_courtPairKey, Encoding.UTF8.GetBytes(idNumber)));

    private sealed record PlantedCase(int Number, string No, string Respondent, string Record);
}
