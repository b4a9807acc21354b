using Hub.Data;
using Hub.Data.Model.Enforcement;
using Hub.Data.Model.Reference;
using Hub.Supervision.Catalogue;

namespace Hub.Supervision.Models;

/// <summary>
/// M01 以罚代刑/应移不移 (DOMAIN.md §3 M01): administrative penalties whose facts meet a criminal prosecution
/// standard and that were never handed to a criminal procedure. Theft (a): amount, half the amount with a theft
/// penalty in the year before, repeated theft, aggravating circumstances. Pollution (b): the 2023 interpretation's
/// hazardous waste, heavy-metal and discharge-method items, and a repeat offence: radioactive, infectious or toxic
/// discharges penalised twice within two years, then again.
/// </summary>
public sealed class M01AdministrativePenaltyInsteadOfProsecution : SupervisionModel
{
    public override string Id => "M01";

    public override int Version => 3;

    public override string TitleZh => "以罚代刑/应移不移";

    public override string TitleEn => "Administrative penalty substituted for criminal prosecution";

    public override RuleElements Elements => new("行刑衔接", "行政执法与刑事司法衔接", "达到刑事追诉标准的行政处罚案件未移送");

    public override IReadOnlyList<Type> Inputs => [typeof(AdministrativePenalty), typeof(CaseIntake), typeof(CaseTransfer), typeof(LegalThreshold)];

    public override IReadOnlyList<ModelParameter> Parameters =>
    [
        new("theftLarge", ParameterKind.Decimal, "盗窃 数额较大 (yuan); default: the region's legal_threshold 盗窃-数额较大") { ThresholdTopic = "盗窃-数额较大", Minimum = 0 },
        new("priorTheftRatio", ParameterKind.Decimal, "share of theftLarge that suffices after a theft penalty within a year (两高2013解释 art. 2)") { Default = "0.5", Minimum = 0, Maximum = 1 },
        new("repeatCount", ParameterKind.Integer, "thefts within two years that make 多次盗窃 (art. 3)") { Default = "3", Minimum = 2 },
        new("theftCircumstances", ParameterKind.TextList, "circumstances that are a crime whatever the amount (入户, 携带凶器, 扒窃)") { Default = "入户|携带凶器|扒窃" },
        new("intakeWindowDays", ParameterKind.Integer, "days after the penalty decision within which a criminal intake counts as a transfer") { Default = "30", Minimum = 0 },
        new("hazardousWasteTonnes", ParameterKind.Decimal, "hazardous waste (t) that is 严重污染环境 (两高2023解释 art. 1); default: legal_threshold 污染环境-危险废物") { ThresholdTopic = "污染环境-危险废物", Minimum = 0 },
        new("heavyMetals", ParameterKind.TextList, "pollutants of the lower exceedance limit") { Default = "铅|汞|镉|铬|砷|铊|锑" },
        new("heavyMetalExceedMultiple", ParameterKind.Decimal, "exceedance multiple for heavyMetals; default: legal_threshold 污染环境-重金属超标倍数") { ThresholdTopic = "污染环境-重金属超标倍数", Minimum = 1 },
        new("otherMetals", ParameterKind.TextList, "pollutants of the higher exceedance limit") { Default = "镍|铜|锌|银|钒|锰|钴" },
        new("otherMetalExceedMultiple", ParameterKind.Decimal, "exceedance multiple for otherMetals; default: legal_threshold 污染环境-其他重金属超标倍数") { ThresholdTopic = "污染环境-其他重金属超标倍数", Minimum = 1 },
        new("repeatCategories", ParameterKind.TextList, "violations that count towards a repeat pollution offence (放射性废物, 传染病病原体废物, 有毒物质)") { Default = "放射性废物|传染病病原体废物|有毒物质" },
        new("repeatPenalties", ParameterKind.Integer, "penalties for repeatCategories within repeatYears before a new one that make it 严重污染环境; default: legal_threshold 污染环境-二年内行政处罚次数") { ThresholdTopic = "污染环境-二年内行政处罚次数", Minimum = 1 },
        new("repeatYears", ParameterKind.Integer, "years before the new violation in which the earlier penalties count") { Default = "2", Minimum = 1 },
        new("evasiveMethods", ParameterKind.TextList, "discharge methods that are 严重污染环境 whatever the amount") { Default = "暗管|渗井|渗坑|裂隙|溶洞|灌注|非紧急开启大气应急排放通道" },
    ];

    public override IReadOnlyList<LegalBasis> LegalBasis =>
    [
        new("行政执法机关移送涉嫌犯罪案件的规定", "第3条", "涉嫌犯罪的必须移送公安机关"),
        new("刑法", "第264条", "盗窃罪"),
        new("两高关于办理盗窃刑事案件适用法律若干问题的解释(2013)", "第1-3条", "数额较大、一年内受过行政处罚、多次盗窃"),
        new("刑法", "第338条", "污染环境罪"),
        new("两高关于办理环境污染刑事案件适用法律若干问题的解释(2023)", "第1条", "严重污染环境"),
    ];

    public override string ResponsibleDepartment => "刑事检察部门";

    public override ClueTemplate Template => new(
        "以罚代刑线索：{subject} 的行政处罚达到刑事追诉标准未移送",
        "截至{asOf}，{subject} 受到的行政处罚符合规则 {rules}，未见刑事立案或移送记录；证据 {evidence} 条。");

    public override IReadOnlyList<ModelRule> Rules(HubDataContext data, ModelArguments arguments)
    {
        var penalties = data.Set<AdministrativePenalty>().Where(p => !p.Sealed);
        var intakes = data.Set<CaseIntake>();
        var window = arguments.Integer("intakeWindowDays");
        var thefts = penalties.Where(p => p.ViolationType == "盗窃" && p.PersonIdNumber != null);
        var untransferredThefts = thefts.Where(t => !intakes.Any(c => c.CaseKind == "刑事" && c.SuspectIdNumber == t.PersonIdNumber
            && c.AcceptedDate >= (t.ViolationDate ?? t.DecisionDate) && c.AcceptedDate <= t.DecisionDate.AddDays(window)));
        var large = arguments.Number("theftLarge");
        var half = large * arguments.Number("priorTheftRatio");
        var repeat = arguments.Integer("repeatCount");
        var circumstances = arguments.Words("theftCircumstances");

        var transferNumbers = data.Set<CaseTransfer>().Where(r => r.AdminDecisionNo != null).Select(r => r.AdminDecisionNo);
        var untransferredPollution = penalties.Where(p => p.AgencyKind == "ECO" && p.EntityUscc != null && !transferNumbers.Contains(p.DecisionNo));
        var waste = arguments.Number("hazardousWasteTonnes");
        var heavy = arguments.Words("heavyMetals");
        var heavyMultiple = arguments.Number("heavyMetalExceedMultiple");
        var other = arguments.Words("otherMetals");
        var otherMultiple = arguments.Number("otherMetalExceedMultiple");
        var methods = arguments.Words("evasiveMethods");
        var repeatCategories = arguments.Words("repeatCategories");
        var repeatPenalties = arguments.Integer("repeatPenalties");
        var repeatYears = arguments.Integer("repeatYears");
        var categoryPenalties = penalties.Where(p => p.AgencyKind == "ECO" && p.EntityUscc != null && repeatCategories.Contains(p.ViolationType));

        return
        [
            Theft("M01-a1", "盗窃数额达到数额较大", ["involved_value"],
                untransferredThefts.Where(t => t.InvolvedValue >= large)),
            Theft("M01-a2", "一年内因盗窃受过行政处罚，数额达到数额较大的一半", ["involved_value", "prior_theft_penalty"],
                untransferredThefts.Where(t => t.InvolvedValue >= half && thefts.Any(p => p.PersonIdNumber == t.PersonIdNumber
                    && p.DecisionDate >= (t.ViolationDate ?? t.DecisionDate).AddYears(-1) && p.DecisionDate < (t.ViolationDate ?? t.DecisionDate)))),
            Theft("M01-a3", "两年内盗窃达到多次", ["violation_date", "prior_thefts"],
                untransferredThefts.Where(t => thefts.Count(p => p.PersonIdNumber == t.PersonIdNumber
                    && (p.ViolationDate ?? p.DecisionDate) >= (t.ViolationDate ?? t.DecisionDate).AddYears(-2)
                    && (p.ViolationDate ?? p.DecisionDate) <= (t.ViolationDate ?? t.DecisionDate)) >= repeat)),
            Theft("M01-a4", "入户、携带凶器或扒窃", ["circumstance_flags"],
                untransferredThefts.Where(t => t.CircumstanceFlags != null && circumstances.Any(f => ("|" + t.CircumstanceFlags + "|").Contains("|" + f + "|")))),
            Pollution("M01-b1", "危险废物达到严重污染环境的数量", ["hazardous_waste_tonnes"],
                untransferredPollution.Where(p => p.HazardousWasteTonnes >= waste)),
            Pollution("M01-b2", "重金属超标倍数达到严重污染环境", ["pollutant", "exceed_multiple"],
                untransferredPollution.Where(p => p.Pollutant != null && ((heavy.Contains(p.Pollutant) && p.ExceedMultiple >= heavyMultiple)
                    || (other.Contains(p.Pollutant) && p.ExceedMultiple >= otherMultiple)))),
            Pollution("M01-b3", "以逃避监管的方式排放", ["method"],
                untransferredPollution.Where(p => p.Method != null && methods.Contains(p.Method))),
            Pollution("M01-b4", "二年内因排放有放射性、传染病病原体、有毒物质受过两次以上行政处罚又实施", ["violation_type", "violation_period_from", "prior_penalties"],
                untransferredPollution.Where(e => repeatCategories.Contains(e.ViolationType) && categoryPenalties.Count(p => p.EntityUscc == e.EntityUscc
                    && p.DecisionDate >= (e.ViolationPeriodFrom ?? e.DecisionDate).AddYears(-repeatYears)
                    && p.DecisionDate < (e.ViolationPeriodFrom ?? e.DecisionDate)) >= repeatPenalties)),
        ];
    }

    private static ModelRule Theft(string id, string description, IReadOnlyList<string> fields, IQueryable<AdministrativePenalty> hits) =>
        Penalties(id, description, SubjectType.Person, [.. fields, "case_intake:absent"], hits);

    private static ModelRule Pollution(string id, string description, IReadOnlyList<string> fields, IQueryable<AdministrativePenalty> hits) =>
        Penalties(id, description, SubjectType.Entity, [.. fields, "transfer_record:absent"], hits);

    private static ModelRule Penalties(string id, string description, SubjectType subject, IReadOnlyList<string> fields, IQueryable<AdministrativePenalty> hits)
    {
        var byEntity = subject == SubjectType.Entity;
        return new(id, description, subject, DataSet<AdministrativePenalty>(), fields, hits.Select(p => new EvidenceRow
        {
            SubjectKey = byEntity ? p.EntityUscc! : p.PersonIdNumber!,
            SourceAgency = p.SourceAgency,
            SourceRecordId = p.SourceRecordId,
            IngestedAt = p.IngestedAt,
            Sealed = p.Sealed,
        }));
    }
}
