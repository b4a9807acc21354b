using Hub.Data;
using Hub.Data.Model.Enforcement;
using Hub.Data.Model.Reference;
using Hub.Supervision.Catalogue;

namespace Hub.Supervision.Models;

/// <summary>
/// M02 应立不立 (DOMAIN.md §3 M02): (a) transfers the police received and did not decide on within the deadline;
/// (b) transferred cases the police refused to file or revoked although the administrative penalty they came from
/// meets the 严重污染环境 thresholds (M01's, from <c>legal_threshold</c>); (c) criminal intakes left without a filing
/// decision. Intakes carry no facts of their own, so (b) tests the facts of the penalty the transfer names.
/// </summary>
public sealed class M02CasesThatShouldHaveBeenFiled : SupervisionModel
{
    public override string Id => "M02";

    public override int Version => 2;

    public override string TitleZh => "应立不立";

    public override string TitleEn => "Cases that should have been filed";

    public override RuleElements Elements => new("立案监督", "行政执法与刑事司法衔接", "移送案件逾期未作立案决定");

    public override IReadOnlyList<Type> Inputs => [typeof(CaseTransfer), typeof(CaseIntake), typeof(AdministrativePenalty), typeof(LegalThreshold)];

    public override IReadOnlyList<ModelParameter> Parameters =>
    [
        new("decideDays", ParameterKind.Integer, "days the police have to decide on a received transfer (移送规定 art. 8: 3)") { Default = "3", Minimum = 0 },
        new("intakeDays", ParameterKind.Integer, "days after which an undecided criminal intake is a clue (ILLUSTRATIVE 30)") { Default = "30", Minimum = 1 },
        new("hazardousWasteTonnes", ParameterKind.Decimal, "hazardous waste (t) that is 严重污染环境; default: legal_threshold 污染环境-危险废物") { ThresholdTopic = "污染环境-危险废物", Minimum = 0 },
        new("heavyMetals", ParameterKind.TextList, "pollutants of the lower exceedance limit") { Default = "铅|汞|镉|铬|砷|铊|锑" },
        new("heavyMetalExceedMultiple", ParameterKind.Decimal, "exceedance multiple for heavyMetals; default: legal_threshold 污染环境-重金属超标倍数") { ThresholdTopic = "污染环境-重金属超标倍数", Minimum = 1 },
    ];

    public override IReadOnlyList<LegalBasis> LegalBasis =>
    [
        new("行政执法机关移送涉嫌犯罪案件的规定", "第8条", "公安机关应当自接受移送之日起3日内作出立案或者不予立案的决定"),
        new("刑事诉讼法", "第113条", "人民检察院对公安机关应当立案而不立案的进行立案监督"),
        new("两高关于办理环境污染刑事案件适用法律若干问题的解释(2023)", "第1条", "严重污染环境"),
    ];

    public override string ResponsibleDepartment => "刑事检察部门";

    public override ClueTemplate Template => new(
        "应立不立线索：{subject}",
        "截至{asOf}，{subject} 逾期未作立案决定，或不予立案、撤案而事实达到追诉标准（规则 {rules}）；证据 {evidence} 条。");

    public override IReadOnlyList<ModelRule> Rules(HubDataContext data, ModelArguments arguments)
    {
        var transferDeadline = arguments.AsOf.AddDays(-arguments.Integer("decideDays"));
        var intakeDeadline = arguments.AsOf.AddDays(-arguments.Integer("intakeDays"));
        var intakes = data.Set<CaseIntake>();
        var undecidedTransfers = data.Set<CaseTransfer>().Where(r => !r.Sealed && r.ReceivedByPoliceDate < transferDeadline
            && r.PoliceDecisionDate == null
            && !intakes.Any(c => c.TransferId == r.TransferId && (c.FiledDate != null || c.NotFiledDecisionDate != null)));
        var undecidedIntakes = intakes.Where(c => !c.Sealed && c.CaseKind == "刑事" && c.AcceptedDate < intakeDeadline
            && c.FiledDate == null && c.NotFiledDecisionDate == null && c.RevokedDate == null);

        var waste = arguments.Number("hazardousWasteTonnes");
        var heavy = arguments.Words("heavyMetals");
        var heavyMultiple = arguments.Number("heavyMetalExceedMultiple");
        var refusedCrimes =
            from c in intakes.Where(c => !c.Sealed && c.TransferId != null && (c.NotFiledDecisionDate != null || c.RevokedDate != null))
            join r in data.Set<CaseTransfer>().Where(r => !r.Sealed && r.AdminDecisionNo != null) on c.TransferId equals r.TransferId
            join p in data.Set<AdministrativePenalty>().Where(p => !p.Sealed && p.AgencyKind == "ECO") on r.AdminDecisionNo equals p.DecisionNo
            where p.HazardousWasteTonnes >= waste || (p.Pollutant != null && heavy.Contains(p.Pollutant) && p.ExceedMultiple >= heavyMultiple)
            select new { Intake = c, Transfer = r, Penalty = p };

        return
        [
            new("M02-a", "接受移送后逾期未作立案决定", SubjectType.Case, DataSet<CaseTransfer>(),
                ["received_by_police_date", "police_decision_date", "case_intake:undecided"],
                undecidedTransfers.Select(r => new EvidenceRow { SubjectKey = r.TransferId, SourceAgency = r.SourceAgency, SourceRecordId = r.SourceRecordId, IngestedAt = r.IngestedAt, Sealed = r.Sealed })),
            new("M02-c", "刑事受案逾期未作立案决定", SubjectType.Case, DataSet<CaseIntake>(),
                ["case_kind", "accepted_date", "filed_date", "not_filed_decision_date", "revoked_date"],
                undecidedIntakes.Select(c => new EvidenceRow { SubjectKey = c.PsbCaseNo, SourceAgency = c.SourceAgency, SourceRecordId = c.SourceRecordId, IngestedAt = c.IngestedAt, Sealed = c.Sealed })),
            new("M02-b", "移送案件不予立案或撤案，但其行政处罚事实达到追诉标准", SubjectType.Case, DataSet<CaseIntake>(),
                ["transfer_id", "not_filed_decision_date", "revoked_date"],
                refusedCrimes.Select(x => new EvidenceRow { SubjectKey = x.Transfer.TransferId, SourceAgency = x.Intake.SourceAgency, SourceRecordId = x.Intake.SourceRecordId, IngestedAt = x.Intake.IngestedAt, Sealed = x.Intake.Sealed })),
            new("M02-b-penalty", "被移送的行政处罚：危险废物或重金属超标达到严重污染环境", SubjectType.Case, DataSet<AdministrativePenalty>(),
                ["hazardous_waste_tonnes", "pollutant", "exceed_multiple"],
                refusedCrimes.Select(x => new EvidenceRow { SubjectKey = x.Transfer.TransferId, SourceAgency = x.Penalty.SourceAgency, SourceRecordId = x.Penalty.SourceRecordId, IngestedAt = x.Penalty.IngestedAt, Sealed = x.Penalty.Sealed })),
        ];
    }
}
