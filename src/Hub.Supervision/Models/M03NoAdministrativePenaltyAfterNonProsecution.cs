using Hub.Data;
using Hub.Data.Model.Enforcement;
using Hub.Data.Model.Judicial;
using Hub.Data.Model.Reference;
using Hub.Supervision.Catalogue;

namespace Hub.Supervision.Models;

/// <summary>
/// M03 不刑不罚/反向移送 (DOMAIN.md §3 M03): relatively non-prosecuted people whose conduct an administrative agency
/// should penalise (<c>charge_to_admin_violation</c> names the agency: police, or health and transport enforcement),
/// with no penalty by that agency and no 检察意见 issued, unless that agency could no longer punish: the conduct
/// (<c>spp_case.incident_date</c>) lies further before the decision than the agency's limitation period (治安管理处罚法
/// 6 months for the police, 行政处罚法 art. 36: 2 years, 5 for life and health). A case without an incident date is
/// kept: the limitation cannot be shown to have run.
/// </summary>
public sealed class M03NoAdministrativePenaltyAfterNonProsecution : SupervisionModel
{
    public override string Id => "M03";

    public override int Version => 2;

    public override string TitleZh => "不刑不罚/反向移送";

    public override string TitleEn => "No administrative penalty after non-prosecution";

    public override RuleElements Elements => new("行刑反向衔接", "不起诉案件行政处罚", "相对不起诉后应予行政处罚而未处罚");

    public override IReadOnlyList<Type> Inputs => [typeof(NonProsecution), typeof(ChargeAdministrativeViolation), typeof(AdministrativePenalty), typeof(ProsecutorialOpinion), typeof(ProcuratorateCase)];

    public override IReadOnlyList<ModelParameter> Parameters =>
    [
        new("nonProsecutionTypes", ParameterKind.TextList, "non-prosecution types reviewed (法定不起诉 only for 情节显著轻微)") { Default = "DISCRETIONARY" },
        new("lookbackDays", ParameterKind.Integer, "decisions of this many days before the as-of date are reviewed (行政处罚法 art. 36: 2 years)") { Default = "730", Minimum = 1 },
        new("penaltyWindowDays", ParameterKind.Integer, "a penalty up to this many days before the decision still counts (ILLUSTRATIVE 180)") { Default = "180", Minimum = 0 },
        new("policeLimitationMonths", ParameterKind.Integer, "months after the conduct the police may still punish it (治安管理处罚法 art. 22: 6)") { Default = "6", Minimum = 1 },
        new("limitationMonths", ParameterKind.Integer, "months after the conduct other agencies may still punish it (行政处罚法 art. 36: 2 years)") { Default = "24", Minimum = 1 },
        new("extendedLimitationAgencies", ParameterKind.TextList, "agencies whose conduct concerns life and health safety, with the longer period (行政处罚法 art. 36)") { Default = "HEALTH" },
        new("extendedLimitationMonths", ParameterKind.Integer, "months for extendedLimitationAgencies (行政处罚法 art. 36: 5 years)") { Default = "60", Minimum = 1 },
    ];

    public override IReadOnlyList<LegalBasis> LegalBasis =>
    [
        new("刑事诉讼法", "第177条第3款", "不起诉的人需要给予行政处罚的，检察院提出检察意见，移送有关主管机关处理"),
        new("人民检察院行刑反向衔接工作指引", "", "行政检察部门统一审查，10个工作日内审结"),
        new("行政处罚法", "第36条", "违法行为在二年内未被发现的，不再给予行政处罚；涉及公民生命健康安全的，延长至五年"),
        new("治安管理处罚法", "第22条", "违反治安管理行为在六个月内没有被公安机关发现的，不再处罚"),
    ];

    public override string ResponsibleDepartment => "行政检察部门";

    public override ClueTemplate Template => new(
        "反向移送线索：{subject} 不起诉后未受行政处罚",
        "截至{asOf}，{subject} 被相对不起诉（规则 {rules}），主管行政机关未作行政处罚，亦未发出检察意见；证据 {evidence} 条。");

    public override IReadOnlyList<ModelRule> Rules(HubDataContext data, ModelArguments arguments)
    {
        var types = arguments.Words("nonProsecutionTypes");
        var from = arguments.AsOf.AddDays(-arguments.Integer("lookbackDays"));
        var asOf = arguments.AsOf;
        var window = arguments.Integer("penaltyWindowDays");
        var mappings = data.Set<ChargeAdministrativeViolation>();
        var penalties = data.Set<AdministrativePenalty>();
        var opinions = data.Set<ProsecutorialOpinion>().Where(o => o.InstrumentType == "检察意见");
        var cases = data.Set<ProcuratorateCase>().Where(c => c.IncidentDate != null);
        var policeMonths = arguments.Integer("policeLimitationMonths");
        var months = arguments.Integer("limitationMonths");
        var extendedAgencies = arguments.Words("extendedLimitationAgencies");
        var extendedMonths = arguments.Integer("extendedLimitationMonths");
        var unpunished = data.Set<NonProsecution>().Where(n => !n.Sealed && types.Contains(n.NpType)
            && n.DecisionDate >= from && n.DecisionDate <= asOf
            && !opinions.Any(o => o.RelatedSppCaseId == n.SppCaseId)
            && mappings.Any(m => ("|" + n.Charges + "|").Contains("|" + m.ChargeName + "|")
                && !penalties.Any(p => p.PersonIdNumber == n.PersonIdNumber && p.AgencyKind == m.Agency && p.DecisionDate >= n.DecisionDate.AddDays(-window))
                && !cases.Any(c => c.SppCaseId == n.SppCaseId && c.IncidentDate < (m.Agency == "PSB" ? n.DecisionDate.AddMonths(-policeMonths)
                    : extendedAgencies.Contains(m.Agency) ? n.DecisionDate.AddMonths(-extendedMonths) : n.DecisionDate.AddMonths(-months)))));

        return
        [
            new("M03-a", "相对不起诉后主管机关未处罚、未发检察意见", SubjectType.Person, DataSet<NonProsecution>(),
                ["np_type", "charges", "charge_to_admin_violation:agency", "admin_penalty:absent", "prosecutorial_opinion:absent", "spp_case.incident_date:within_limitation"],
                unpunished.Select(n => new EvidenceRow { SubjectKey = n.PersonIdNumber, SourceAgency = n.SourceAgency, SourceRecordId = n.SourceRecordId, IngestedAt = n.IngestedAt, Sealed = n.Sealed })),
        ];
    }
}
