using Hub.Data;
using Hub.Data.Model.Judicial;
using Hub.Supervision.Catalogue;

namespace Hub.Supervision.Models;

/// <summary>
/// M13 司法网拍 (DOMAIN.md §3 M13): online judicial auctions that break a procedural rule: announced too late, a
/// first-round start price below the floor, a second round cut too deep, a futile sale (nothing left after priority
/// claims and costs) without notice to the applicant, or a required disclosure missing; (R6) a sale won by the
/// enforcement case's own respondent — the court's keyed hash of the winner equals its hash of the respondent, so the hub
/// compares without learning who won (DOMAIN.md §6.2-3); (R7) an enforcement case closed as 终本 although one of its
/// auctions sold for at least the amount due (subject: the enforcement case). R6's other half, buyers related to court
/// staff, needs the staff's relatives, which no agency delivers.
/// </summary>
public sealed class M13OnlineJudicialAuctions : SupervisionModel
{
    public override string Id => "M13";

    public override int Version => 3;

    public override string TitleZh => "司法网拍";

    public override string TitleEn => "Online judicial auctions";

    public override RuleElements Elements => new("民事执行监督", "司法网络拍卖", "网拍程序违法");

    public override IReadOnlyList<Type> Inputs => [typeof(JudicialAuction), typeof(EnforcementCase)];

    public override IReadOnlyList<ModelParameter> Parameters =>
    [
        new("movableNoticeDays", ParameterKind.Integer, "least days between announcement and bidding for movables (网络司法拍卖规定 art. 12)") { Default = "15", Minimum = 1 },
        new("otherNoticeDays", ParameterKind.Integer, "least days for real estate and other property rights (art. 12)") { Default = "30", Minimum = 1 },
        new("startPriceRatio", ParameterKind.Decimal, "least first-round start price as a share of the appraisal (art. 10)") { Default = "0.70", Minimum = 0, Maximum = 1 },
        new("secondRoundRatio", ParameterKind.Decimal, "least second-round start price as a share of the first round's (art. 26)") { Default = "0.80", Minimum = 0, Maximum = 1 },
        new("futileNotices", ParameterKind.TextList, "disclosures that record the applicant was told a sale at this price leaves nothing after priority claims and costs (拍卖变卖规定 art. 6)") { Default = "无益拍卖通知" },
        new("terminatedStatuses", ParameterKind.TextList, "enforcement-case statuses that close a case without full payment (R7)") { Default = "终本" },
        new("saleCoverRatio", ParameterKind.Decimal, "share of the amount due a sale must reach for a closed case to be a clue (R7; ILLUSTRATIVE 1.00)") { Default = "1.00", Minimum = 0 },
        new("requiredDisclosures", ParameterKind.TextList, "items every auction must publish (arts 13-14)") { Default = "执行依据|评估报告|瑕疵|优先购买权人|税费承担" },
    ];

    public override IReadOnlyList<LegalBasis> LegalBasis =>
    [
        new("最高人民法院关于人民法院网络司法拍卖若干问题的规定", "第10条", "起拍价不得低于评估价的百分之七十"),
        new("最高人民法院关于人民法院网络司法拍卖若干问题的规定", "第12-14条", "动产拍卖前15日、不动产前30日公告；公告与公示内容"),
        new("最高人民法院关于人民法院民事执行中拍卖、变卖财产的规定", "第6条", "拍卖所得价款清偿优先债权和强制执行费用后无剩余可能的，应当在实施拍卖前通知申请执行人"),
        new("最高人民法院关于人民法院网络司法拍卖若干问题的规定", "第26条", "再次拍卖起拍价降价幅度不得超过前次起拍价的百分之二十"),
        new("刑法", "第313条", "对人民法院的判决、裁定有能力执行而拒不执行，情节严重的（被执行人竞得自己被拍卖的财产）"),
        new("最高人民法院关于严格规范终结本次执行程序的规定(试行)", "第1条", "终结本次执行程序以穷尽财产调查措施、未发现可供执行财产为前提"),
    ];

    public override string ResponsibleDepartment => "民事检察部门";

    public override ClueTemplate Template => new(
        "司法网拍线索：{subject} 程序违法",
        "截至{asOf}，司法网拍或其执行案件 {subject} 违反网络司法拍卖或执行规定（规则 {rules}）；证据 {evidence} 条。");

    public override IReadOnlyList<ModelRule> Rules(HubDataContext data, ModelArguments arguments)
    {
        var auctions = data.Set<JudicialAuction>().Where(a => !a.Sealed && a.AnnounceDate <= arguments.AsOf);
        var movableDays = arguments.Integer("movableNoticeDays");
        var otherDays = arguments.Integer("otherNoticeDays");
        var ratio = arguments.Number("startPriceRatio");
        var cut = arguments.Number("secondRoundRatio");
        var required = arguments.Words("requiredDisclosures");
        var futileNotices = arguments.Words("futileNotices");
        var firstRounds = auctions.Where(a => a.Round == "一拍");
        var cases = data.Set<EnforcementCase>().Where(e => !e.Sealed);
        var sold = auctions.Where(a => a.Status == "成交");
        var debtorBought =
            from a in sold.Where(a => a.WinnerIdHash != null)
            join e in cases on new { No = a.EnforcementCaseNo, Hash = a.WinnerIdHash } equals new { No = e.EnforcementCaseNo, Hash = e.RespondentIdHash }
            select new { Auction = a, Case = e };
        var terminated = arguments.Words("terminatedStatuses");
        var cover = arguments.Number("saleCoverRatio");
        var closedAfterSale =
            from e in cases.Where(e => terminated.Contains(e.Status))
            join a in sold.Where(a => a.DealPrice != null) on e.EnforcementCaseNo equals a.EnforcementCaseNo
            where a.DealPrice >= e.AmountDue * cover
            select new { Case = e, Auction = a };

        return
        [
            Rule("M13-R1", "公告期不足", ["asset_type", "announce_date", "bid_start"], auctions.Where(a =>
                (a.AssetType == "动产" && a.BidStart < a.AnnounceDate.AddDays(movableDays))
                || (a.AssetType != "动产" && a.BidStart < a.AnnounceDate.AddDays(otherDays)))),
            Rule("M13-R2", "一拍起拍价低于评估价的法定比例", ["round", "start_price", "appraisal_value"],
                firstRounds.Where(a => a.StartPrice < a.AppraisalValue * ratio)),
            Rule("M13-R3", "二拍降价幅度超过法定比例", ["round", "start_price", "enforcement_case_no"], auctions.Where(a => a.Round == "二拍"
                && firstRounds.Any(f => f.EnforcementCaseNo == a.EnforcementCaseNo && a.StartPrice < f.StartPrice * cut))),
            Rule("M13-R4", "无益拍卖未通知申请执行人", ["start_price", "priority_claims_amount", "enforcement_cost_estimate", "disclosures"], auctions.Where(a =>
                a.PriorityClaimsAmount != null && a.StartPrice <= a.PriorityClaimsAmount + (a.EnforcementCostEstimate ?? 0)
                && !futileNotices.Any(n => ("|" + a.Disclosures + "|").Contains("|" + n + "|")))),
            Rule("M13-R5", "公示内容不全", ["disclosures"],
                auctions.Where(a => required.Any(d => !("|" + a.Disclosures + "|").Contains("|" + d + "|")))),
            Rule("M13-R6", "被执行人竞得本案拍卖财产", ["status", "winner_id_hash", "enforcement_case_no"], debtorBought.Select(x => x.Auction)),
            new("M13-R6-case", "执行案件：被执行人的加密标识与竞得人相同", SubjectType.Case, DataSet<EnforcementCase>(), ["enforcement_case_no", "respondent_id_hash"],
                debtorBought.Select(x => new EvidenceRow { SubjectKey = x.Auction.AuctionId, SourceAgency = x.Case.SourceAgency, SourceRecordId = x.Case.SourceRecordId, IngestedAt = x.Case.IngestedAt, Sealed = x.Case.Sealed })),
            new("M13-R7", "拍卖成交价款足以清偿仍以终结本次执行结案", SubjectType.Case, DataSet<EnforcementCase>(), ["status", "amount_due"],
                closedAfterSale.Select(x => new EvidenceRow { SubjectKey = x.Case.EnforcementCaseNo, SourceAgency = x.Case.SourceAgency, SourceRecordId = x.Case.SourceRecordId, IngestedAt = x.Case.IngestedAt, Sealed = x.Case.Sealed })),
            new("M13-R7-auction", "该案成交的拍卖：成交价不低于执行标的", SubjectType.Case, DataSet<JudicialAuction>(), ["status", "deal_price", "enforcement_case_no"],
                closedAfterSale.Select(x => new EvidenceRow { SubjectKey = x.Case.EnforcementCaseNo, SourceAgency = x.Auction.SourceAgency, SourceRecordId = x.Auction.SourceRecordId, IngestedAt = x.Auction.IngestedAt, Sealed = x.Auction.Sealed })),
        ];
    }

    private static ModelRule Rule(string id, string description, IReadOnlyList<string> fields, IQueryable<JudicialAuction> hits) =>
        new(id, description, SubjectType.Case, DataSet<JudicialAuction>(), fields,
            hits.Select(a => new EvidenceRow { SubjectKey = a.AuctionId, SourceAgency = a.SourceAgency, SourceRecordId = a.SourceRecordId, IngestedAt = a.IngestedAt, Sealed = a.Sealed }));
}
