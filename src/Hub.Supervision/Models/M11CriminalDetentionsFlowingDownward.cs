using Hub.Data;
using Hub.Data.Model.Enforcement;
using Hub.Data.Model.Judicial;
using Hub.Data.Model.Reference;
using Hub.Supervision.Catalogue;

namespace Hub.Supervision.Models;

/// <summary>
/// M11 刑事拘留下行 (DOMAIN.md §3 M11): criminal detentions that ended in release, bail, surveillance, revocation
/// or an administrative penalty with no arrest or prosecution review received within the review window; (R1)
/// detentions held longer than the law allows; (R3) bail or residential surveillance past its legal term with no
/// review of the person since it began (挂案); (R2) a detention revoked or converted into an administrative penalty
/// although that penalty's own facts — a theft at or above 数额较大, M01's threshold — meet the prosecution standard;
/// (R4) a detention converted into 行政拘留 whose days were not credited (折抵): the days of administrative detention
/// served and the days of criminal detention together exceed the days the penalty decided. A period's first day is not
/// counted (刑诉法's computation of periods), so a credit counted from the first day is never flagged.
/// </summary>
public sealed class M11CriminalDetentionsFlowingDownward : SupervisionModel
{
    public override string Id => "M11";

    public override int Version => 4;

    public override string TitleZh => "刑事拘留下行";

    public override string TitleEn => "Criminal detentions that flow downward";

    public override RuleElements Elements => new("侦查活动监督", "刑事拘留", "刑拘后未提请批捕或移送起诉");

    public override IReadOnlyList<Type> Inputs => [typeof(CoerciveMeasure), typeof(ArrestProsecutionReview), typeof(AdministrativePenalty), typeof(CustodyRecord), typeof(LegalThreshold)];

    public override IReadOnlyList<ModelParameter> Parameters =>
    [
        new("reviewWindowDays", ParameterKind.Integer, "days after detention within which an arrest or prosecution review must arrive (刑诉法 art. 91: 30 + 7)") { Default = "37", Minimum = 1 },
        new("maxDetentionDays", ParameterKind.Integer, "longest 刑事拘留 without the extension: 3 days, extended to 7, and the procuratorate's 7 (刑诉法 arts 91-92)") { Default = "14", Minimum = 1 },
        new("maxExtendedDetentionDays", ParameterKind.Integer, "longest 刑事拘留 of a roving, repeated or gang suspect: 30 days and the procuratorate's 7 (art. 91)") { Default = "37", Minimum = 1 },
        new("bailMonths", ParameterKind.Integer, "longest 取保候审 (art. 79)") { Default = "12", Minimum = 1 },
        new("surveillanceMonths", ParameterKind.Integer, "longest 监视居住 (art. 79)") { Default = "6", Minimum = 1 },
        new("closingOutcomes", ParameterKind.TextList, "outcomes that close a bail or surveillance without a review") { Default = "撤案|转行政处罚" },
        new("downwardOutcomes", ParameterKind.TextList, "detention outcomes that leave the criminal track") { Default = "释放|取保|监视居住|撤案|转行政处罚" },
        new("revokedOutcomes", ParameterKind.TextList, "detention outcomes whose facts R2 tests against the prosecution standard") { Default = "撤案|转行政处罚" },
        new("creditedOutcomes", ParameterKind.TextList, "detention outcomes whose days R4 expects credited against an administrative detention") { Default = "转行政处罚" },
        new("theftLarge", ParameterKind.Decimal, "盗窃 数额较大 (yuan), as in M01; default: the region's legal_threshold 盗窃-数额较大") { ThresholdTopic = "盗窃-数额较大", Minimum = 0 },
    ];

    public override IReadOnlyList<LegalBasis> LegalBasis =>
    [
        new("刑事诉讼法", "第91条", "拘留后3日内提请批捕，特殊情况延长至30日；检察院7日内决定"),
        new("刑事诉讼法", "第79条", "取保候审最长不得超过十二个月，监视居住最长不得超过六个月"),
        new("治安管理处罚法(2012)", "第92条", "行政拘留处罚前已采取强制措施限制人身自由的时间应当折抵，限制人身自由一日折抵行政拘留一日"),
        new("两高关于办理盗窃刑事案件适用法律若干问题的解释(2013)", "第1条", "盗窃公私财物价值达到数额较大的，应当追究刑事责任"),
    ];

    public override string ResponsibleDepartment => "刑事检察部门";

    public override ClueTemplate Template => new(
        "刑事拘留下行线索：{subject}",
        "截至{asOf}，{subject} 被刑事拘留后未见提请批捕或移送审查起诉（规则 {rules}）；证据 {evidence} 条。");

    public override IReadOnlyList<ModelRule> Rules(HubDataContext data, ModelArguments arguments)
    {
        var asOf = arguments.AsOf;
        var window = arguments.Integer("reviewWindowDays");
        var outcomes = arguments.Words("downwardOutcomes");
        var windowClosedBefore = asOf.AddDays(-window);
        var reviews = data.Set<ArrestProsecutionReview>();
        var measures = data.Set<CoerciveMeasure>().Where(m => !m.Sealed);
        var detentions = measures.Where(m => m.MeasureType == "刑事拘留");
        var downward = detentions.Where(m => m.StartDate < windowClosedBefore && m.Outcome != null && outcomes.Contains(m.Outcome)
            && !reviews.Any(r => r.PersonIdNumber == m.PersonIdNumber && r.ReceivedDate >= m.StartDate && r.ReceivedDate <= m.StartDate.AddDays(window)));

        var maxDays = arguments.Integer("maxDetentionDays");
        var maxExtendedDays = arguments.Integer("maxExtendedDetentionDays");
        var overLong = detentions.Where(m => (!m.ExtensionFlag && (m.EndDate ?? asOf) > m.StartDate.AddDays(maxDays))
            || (m.ExtensionFlag && (m.EndDate ?? asOf) > m.StartDate.AddDays(maxExtendedDays)));

        var bailStartedBefore = asOf.AddMonths(-arguments.Integer("bailMonths"));
        var surveillanceStartedBefore = asOf.AddMonths(-arguments.Integer("surveillanceMonths"));
        var closing = arguments.Words("closingOutcomes");
        var pending = measures.Where(m =>
            ((m.MeasureType == "取保候审" && m.StartDate < bailStartedBefore) || (m.MeasureType == "监视居住" && m.StartDate < surveillanceStartedBefore))
            && (m.Outcome == null || !closing.Contains(m.Outcome))
            && !reviews.Any(r => r.PersonIdNumber == m.PersonIdNumber && r.ReceivedDate >= m.StartDate));

        var revoked = arguments.Words("revokedOutcomes");
        var theftLarge = arguments.Number("theftLarge");
        var convertedCrimes =
            from m in detentions.Where(m => m.Outcome != null && revoked.Contains(m.Outcome))
            join p in data.Set<AdministrativePenalty>().Where(p => !p.Sealed && p.ViolationType == "盗窃" && p.InvolvedValue >= theftLarge) on m.PersonIdNumber equals p.PersonIdNumber
            where p.DecisionDate >= m.StartDate && (p.ViolationDate ?? p.DecisionDate) <= m.StartDate
            select new { Measure = m, Penalty = p };

        // R4: days are day numbers' differences, which both providers translate (Npgsql: date − date; SQLite: julianday).
        var creditedOutcomes = arguments.Words("creditedOutcomes");
        var uncredited =
            from m in detentions.Where(m => m.EndDate != null && m.Outcome != null && creditedOutcomes.Contains(m.Outcome))
            join p in data.Set<AdministrativePenalty>().Where(p => !p.Sealed && p.DetentionDays != null) on m.PersonIdNumber equals p.PersonIdNumber
            join c in data.Set<CustodyRecord>().Where(c => !c.Sealed && c.InReason == "行政拘留") on m.PersonIdNumber equals c.PersonIdNumber
            where p.DecisionDate >= m.StartDate && (p.ViolationDate ?? p.DecisionDate) <= m.StartDate && c.InDate >= p.DecisionDate && c.InDate <= asOf
                && (c.OutDate ?? asOf).DayNumber - c.InDate.DayNumber + m.EndDate!.Value.DayNumber - m.StartDate.DayNumber > p.DetentionDays
            select new { Measure = m, Penalty = p, Custody = c };

        return
        [
            Measures("M11-a", "刑事拘留后下行且期限内无审查逮捕或审查起诉", ["measure_type", "start_date", "outcome", "arrest_prosecution_review:absent"], downward),
            Measures("M11-R1", "刑事拘留超过法定期限", ["start_date", "end_date", "extension_flag"], overLong),
            Measures("M11-R3", "取保候审、监视居住超过法定期限仍未移送审查（挂案）", ["measure_type", "start_date", "outcome", "arrest_prosecution_review:absent"], pending),
            Measures("M11-R2", "刑事拘留后撤案或转行政处罚，但其事实达到追诉标准", ["measure_type", "outcome", "admin_penalty:involved_value"], convertedCrimes.Select(x => x.Measure)),
            new("M11-R2-penalty", "转处的行政处罚：盗窃数额达到数额较大", SubjectType.Person, DataSet<AdministrativePenalty>(), ["violation_type", "involved_value", "decision_date"],
                convertedCrimes.Select(x => new EvidenceRow { SubjectKey = x.Penalty.PersonIdNumber!, SourceAgency = x.Penalty.SourceAgency, SourceRecordId = x.Penalty.SourceRecordId, IngestedAt = x.Penalty.IngestedAt, Sealed = x.Penalty.Sealed })),
            Measures("M11-R4", "刑事拘留转为行政拘留，拘留日数未折抵", ["measure_type", "start_date", "end_date", "outcome"], uncredited.Select(x => x.Measure)),
            new("M11-R4-penalty", "转处的行政拘留决定：决定日数", SubjectType.Person, DataSet<AdministrativePenalty>(), ["penalty_types", "detention_days", "decision_date"],
                uncredited.Select(x => new EvidenceRow { SubjectKey = x.Penalty.PersonIdNumber!, SourceAgency = x.Penalty.SourceAgency, SourceRecordId = x.Penalty.SourceRecordId, IngestedAt = x.Penalty.IngestedAt, Sealed = x.Penalty.Sealed })),
            new("M11-R4-custody", "拘留所执行记录：实际执行日数加刑事拘留日数超过决定日数", SubjectType.Person, DataSet<CustodyRecord>(), ["in_reason", "in_date", "out_date"],
                uncredited.Select(x => new EvidenceRow { SubjectKey = x.Custody.PersonIdNumber, SourceAgency = x.Custody.SourceAgency, SourceRecordId = x.Custody.SourceRecordId, IngestedAt = x.Custody.IngestedAt, Sealed = x.Custody.Sealed })),
        ];
    }

    private static ModelRule Measures(string id, string description, IReadOnlyList<string> fields, IQueryable<CoerciveMeasure> hits) =>
        new(id, description, SubjectType.Person, DataSet<CoerciveMeasure>(), fields,
            hits.Select(m => new EvidenceRow { SubjectKey = m.PersonIdNumber, SourceAgency = m.SourceAgency, SourceRecordId = m.SourceRecordId, IngestedAt = m.IngestedAt, Sealed = m.Sealed }));
}
