namespace Hub.Data.Model;

/// <summary>The code lists of the shared data (DOMAIN.md §2.3, §2.4) that coded columns use.</summary>
public static class CodeLists
{
    /// <summary>Verdict of a criminal judgment.</summary>
    public static CodeList Verdict { get; } = new("Verdict", "Verdict of a criminal judgment.",
        new("GUILTY", "有罪", "有罪 — guilty."),
        new("EXEMPTED_FROM_PUNISHMENT", "免予刑事处罚", "免予刑事处罚 — guilty, exempted from criminal punishment."),
        new("NOT_GUILTY", "无罪", "无罪 — not guilty."));

    /// <summary>Kind of a non-prosecution decision (刑事诉讼法 arts. 175, 177, 182, 282).</summary>
    public static CodeList NonProsecutionType { get; } = new("NonProsecutionType", "Kind of a non-prosecution decision (刑事诉讼法 arts. 175, 177, 182, 282).",
        new("STATUTORY", "STATUTORY", "法定不起诉 — statutory (art. 177 para 1)."),
        new("DISCRETIONARY", "DISCRETIONARY", "相对/酌定不起诉 — discretionary (art. 177 para 2)."),
        new("EVIDENTIARY", "EVIDENTIARY", "存疑不起诉 — insufficient evidence (art. 175 para 4)."),
        new("CONDITIONAL", "CONDITIONAL", "附条件不起诉 — conditional, for minors (art. 282)."),
        new("SPECIAL", "SPECIAL", "特殊不起诉 — special (art. 182)."));

    /// <summary>Criminal coercive measure (刑事强制措施).</summary>
    public static CodeList CoerciveMeasureType { get; } = new("CoerciveMeasureType", "Criminal coercive measure (刑事强制措施).",
        new("SUMMONS", "拘传", "拘传 — compelled appearance."),
        new("BAIL", "取保候审", "取保候审 — bail pending trial (at most 12 months)."),
        new("RESIDENTIAL_SURVEILLANCE", "监视居住", "监视居住 — residential surveillance (at most 6 months)."),
        new("CRIMINAL_DETENTION", "刑事拘留", "刑事拘留 — criminal detention."),
        new("ARREST", "逮捕", "逮捕 — arrest."));

    /// <summary>Why a person is under community correction.</summary>
    public static CodeList CorrectionCategory { get; } = new("CorrectionCategory", "Why a person is under community correction.",
        new("PUBLIC_SURVEILLANCE", "管制", "管制 — public surveillance."),
        new("SUSPENDED_SENTENCE", "缓刑", "缓刑 — suspended sentence (probation)."),
        new("PAROLE", "假释", "假释 — parole."),
        new("TEMPORARY_OUTSIDE_PRISON", "暂予监外执行", "暂予监外执行 — sentence temporarily served outside prison."));

    /// <summary>State of a community-correction term.</summary>
    public static CodeList CorrectionStatus { get; } = new("CorrectionStatus", "State of a community-correction term.",
        new("UNDER_CORRECTION", "在矫", "在矫 — under correction."),
        new("RELEASED", "解矫", "解矫 — correction ended."),
        new("COMMITTED_TO_PRISON", "收监", "收监 — committed to prison."),
        new("SUSPENSION_REVOKED", "撤销缓刑", "撤销缓刑 — suspended sentence revoked."));

    /// <summary>Round of an online judicial auction.</summary>
    public static CodeList AuctionRound { get; } = new("AuctionRound", "Round of an online judicial auction.",
        new("FIRST", "一拍", "一拍 — first auction."),
        new("SECOND", "二拍", "二拍 — second auction."),
        new("SALE", "变卖", "变卖 — sale after two failed auctions."));

    /// <summary>Outcome of an online judicial auction round.</summary>
    public static CodeList AuctionStatus { get; } = new("AuctionStatus", "Outcome of an online judicial auction round.",
        new("SOLD", "成交", "成交 — sold."),
        new("UNSOLD", "流拍", "流拍 — no bid, unsold."),
        new("SUSPENDED", "中止", "中止 — suspended."),
        new("WITHDRAWN", "撤回", "撤回 — withdrawn."));

    /// <summary>Kind of the agency that issued an administrative penalty.</summary>
    public static CodeList PenaltyAgencyKind { get; } = new("PenaltyAgencyKind", "Kind of the agency that issued an administrative penalty.",
        new("PSB", "PSB", "公安 — public security."),
        new("ECO", "ECO", "生态环境 — ecology and environment."),
        new("MARKET", "MARKET", "市场监管 — market regulation."),
        new("HEALTH", "HEALTH", "卫健 — health."),
        new("TRANSPORT", "TRANSPORT", "交通 — transport."),
        new("OTHER", "OTHER", "其他 — another agency."));

    /// <summary>Kind of a case the police accept (psb_case_intake.case_kind).</summary>
    public static CodeList CaseKind { get; } = new("CaseKind", "Kind of a case the police accept.",
        new("CRIMINAL", "刑事", "刑事 — criminal case."),
        new("ADMINISTRATIVE", "行政", "行政 — administrative (public order) case."));

    /// <summary>Kind of asset in an online judicial auction (judicial_auction.asset_type).</summary>
    public static CodeList AuctionAssetType { get; } = new("AuctionAssetType", "Kind of asset in an online judicial auction.",
        new("REAL_ESTATE", "不动产", "不动产 — real estate."),
        new("MOVABLE", "动产", "动产 — movable property."),
        new("OTHER_PROPERTY_RIGHT", "其他财产权", "其他财产权 — another property right."));

    /// <summary>Role of a party in a procuratorate case (spp_case_party.role).</summary>
    public static CodeList CasePartyRole { get; } = new("CasePartyRole", "Role of a party in a procuratorate case.",
        new("SUSPECT", "犯罪嫌疑人", "犯罪嫌疑人 — criminal suspect."),
        new("VICTIM", "被害人", "被害人 — victim."),
        new("VICTIM_RELATIVE", "被害人近亲属", "被害人近亲属 — close relative of a victim."));

    /// <summary>Kind of a procuratorate review (spp_arrest_and_prosecution_review.review_type).</summary>
    public static CodeList ReviewType { get; } = new("ReviewType", "Kind of a procuratorate review of a suspect.",
        new("ARREST_REVIEW", "审查逮捕", "审查逮捕 — review of an arrest request."),
        new("PROSECUTION_REVIEW", "审查起诉", "审查起诉 — review for prosecution."));

    /// <summary>Why a person entered a detention facility (custody_in_out.in_reason).</summary>
    public static CodeList CustodyInReason { get; } = new("CustodyInReason", "Why a person entered a detention facility.",
        new("CRIMINAL_DETENTION", "刑事拘留", "刑事拘留 — criminal detention."),
        new("ARREST", "逮捕", "逮捕 — arrest."),
        new("ADMINISTRATIVE_DETENTION", "行政拘留", "行政拘留 — administrative detention."),
        new("COMPULSORY_DRUG_REHABILITATION", "强制隔离戒毒", "强制隔离戒毒 — compulsory isolated drug rehabilitation."),
        new("SENTENCE", "执行刑罚", "执行刑罚 — serving a sentence."));

    /// <summary>Kind of a detention facility (custody_in_out.facility_type).</summary>
    public static CodeList CustodyFacilityType { get; } = new("CustodyFacilityType", "Kind of a detention facility.",
        new("DETENTION_CENTER", "看守所", "看守所 — detention centre (criminal detainees, short sentences)."),
        new("ADMINISTRATIVE_DETENTION_CENTER", "拘留所", "拘留所 — administrative-detention centre."),
        new("COMPULSORY_DRUG_REHABILITATION_CENTER", "强制隔离戒毒所", "强制隔离戒毒所 — compulsory isolated drug-rehabilitation centre."));

    /// <summary>How the police disposed of a call (police_dispatch.disposal).</summary>
    public static CodeList DispatchDisposal { get; } = new("DispatchDisposal", "How the police disposed of a call.",
        new("MEDIATION", "调解", "调解 — mediated on the spot."),
        new("WARNING_LETTER", "出具告诫书", "出具告诫书 — a written family-violence warning was issued."),
        new("ADMINISTRATIVE_PENALTY", "行政处罚", "行政处罚 — an administrative penalty."),
        new("CASE_FILED", "立案", "立案 — a case was filed."));

    /// <summary>How a coercive measure ended (psb_coercive_measure.outcome).</summary>
    public static CodeList CoerciveMeasureOutcome { get; } = new("CoerciveMeasureOutcome", "How a criminal coercive measure ended.",
        new("ARREST_REQUESTED", "提请批捕", "提请批捕 — arrest requested from the procuratorate."),
        new("TRANSFERRED_FOR_PROSECUTION", "直接移送起诉", "直接移送起诉 — transferred for prosecution without arrest."),
        new("BAIL", "取保", "取保 — released on bail pending trial (取保候审)."),
        new("RESIDENTIAL_SURVEILLANCE", "监视居住", "监视居住 — placed under residential surveillance."),
        new("RELEASED", "释放", "释放 — released."),
        new("CASE_WITHDRAWN", "撤案", "撤案 — the case was withdrawn."),
        new("ADMINISTRATIVE_PENALTY", "转行政处罚", "转行政处罚 — turned into an administrative penalty."));

    /// <summary>
    /// What happened in a community-correction term (cc_event.event_type): DOMAIN.md §2.3's list, and 被拘留通知, the notice
    /// of a custody that its M06 rule looks for.
    /// </summary>
    public static CodeList CorrectionEventType { get; } = new("CorrectionEventType", "What happened in a community-correction term.",
        new("ADMONITION", "训诫", "训诫 — admonition."),
        new("WARNING", "警告", "警告 — warning."),
        new("PUBLIC_ORDER_PENALTY_REQUESTED", "提请治安处罚", "提请治安处罚 — a public-order penalty was requested."),
        new("REVOCATION_REQUESTED", "提请撤销缓刑", "提请撤销缓刑 — revocation of the suspended sentence was requested."),
        new("LEAVE_APPROVED", "外出审批", "外出审批 — leave to travel approved."),
        new("ABSCONDED", "脱管", "脱管 — out of supervision."),
        new("LOCATION_ALERT", "电子定位告警", "电子定位告警 — electronic-location alert."),
        new("CUSTODY_NOTICE", "被拘留通知", "被拘留通知 — notice that the subject was taken into custody."));

    /// <summary>Every code list.</summary>
    public static IReadOnlyList<CodeList> All { get; } =
    [
        Verdict, NonProsecutionType, CoerciveMeasureType, CorrectionCategory, CorrectionStatus, AuctionRound, AuctionStatus, PenaltyAgencyKind,
        CaseKind, AuctionAssetType, CasePartyRole, ReviewType, CustodyInReason, CustodyFacilityType, DispatchDisposal, CoerciveMeasureOutcome,
        CorrectionEventType,
    ];

    /// <summary>The list named <paramref name="name"/>; an unknown name is a programming error.</summary>
    public static CodeList Named(string name) =>
        All.SingleOrDefault(l => l.Name == name) ?? throw new ArgumentException($"There is no code list named '{name}'.", nameof(name));
}
