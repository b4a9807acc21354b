using Hub.Data;
using Hub.Data.Model.Enforcement;
using Hub.Data.Model.Judicial;
using Hub.Supervision.Catalogue;

namespace Hub.Supervision.Models;

/// <summary>
/// M11 刑事拘留下行 (DOMAIN.md §3 M11): criminal detentions that ended in release, bail, surveillance, revocation
/// or an administrative penalty with no arrest or prosecution review received within the review window.
/// </summary>
public sealed class M11CriminalDetentionsFlowingDownward : SupervisionModel
{
    public override string Id => "M11";

    public override int Version => 1;

    public override string TitleZh => "刑事拘留下行";

    public override string TitleEn => "Criminal detentions that flow downward";

    public override RuleElements Elements => new("侦查活动监督", "刑事拘留", "刑拘后未提请批捕或移送起诉");

    public override IReadOnlyList<Type> Inputs => [typeof(CoerciveMeasure), typeof(ArrestProsecutionReview)];

    public override IReadOnlyList<ModelParameter> Parameters =>
    [
        new("reviewWindowDays", ParameterKind.Integer, "days after detention within which an arrest or prosecution review must arrive (刑诉法 art. 91: 30 + 7)") { Default = "37", Minimum = 1 },
        new("downwardOutcomes", ParameterKind.TextList, "detention outcomes that leave the criminal track") { Default = "释放|取保候审|监视居住|撤案|转行政处罚" },
    ];

    public override IReadOnlyList<LegalBasis> LegalBasis =>
    [
        new("刑事诉讼法", "第91条", "拘留后3日内提请批捕，特殊情况延长至30日；检察院7日内决定"),
    ];

    public override string ResponsibleDepartment => "刑事检察部门";

    public override ClueTemplate Template => new(
        "刑事拘留下行线索：{subject}",
        "截至{asOf}，{subject} 被刑事拘留后未见提请批捕或移送审查起诉（规则 {rules}）；证据 {evidence} 条。");

    public override IReadOnlyList<ModelRule> Rules(HubDataContext data, ModelArguments arguments)
    {
        var window = arguments.Integer("reviewWindowDays");
        var outcomes = arguments.Words("downwardOutcomes");
        var windowClosedBefore = arguments.AsOf.AddDays(-window);
        var reviews = data.Set<ArrestProsecutionReview>();
        var downward = data.Set<CoerciveMeasure>().Where(m => !m.Sealed && m.MeasureType == "刑事拘留" && m.StartDate < windowClosedBefore
            && m.Outcome != null && outcomes.Contains(m.Outcome)
            && !reviews.Any(r => r.PersonIdNumber == m.PersonIdNumber && r.ReceivedDate >= m.StartDate && r.ReceivedDate <= m.StartDate.AddDays(window)));

        return
        [
            new("M11-a", "刑事拘留后下行且期限内无审查逮捕或审查起诉", SubjectType.Person, DataSet<CoerciveMeasure>(),
                ["measure_type", "start_date", "outcome", "arrest_prosecution_review:absent"],
                downward.Select(m => new EvidenceRow { SubjectKey = m.PersonIdNumber, SourceAgency = m.SourceAgency, SourceRecordId = m.SourceRecordId, IngestedAt = m.IngestedAt, Sealed = m.Sealed })),
        ];
    }
}
