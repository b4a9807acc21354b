using Hub.Data;
using Hub.Data.Model.Enforcement;
using Hub.Supervision.Catalogue;

namespace Hub.Supervision.Models;

/// <summary>
/// M02 应立不立 (DOMAIN.md §3 M02): (a) transfers the police received and did not decide on within the deadline;
/// (c) criminal intakes left without a filing decision. Sub-rule (b), a refusal whose facts meet a threshold, needs
/// the facts in a form the threshold table can test, which intakes do not carry yet.
/// </summary>
public sealed class M02CasesThatShouldHaveBeenFiled : SupervisionModel
{
    public override string Id => "M02";

    public override int Version => 1;

    public override string TitleZh => "应立不立";

    public override string TitleEn => "Cases that should have been filed";

    public override RuleElements Elements => new("立案监督", "行政执法与刑事司法衔接", "移送案件逾期未作立案决定");

    public override IReadOnlyList<Type> Inputs => [typeof(TransferRecord), typeof(CaseIntake)];

    public override IReadOnlyList<ModelParameter> Parameters =>
    [
        new("decideDays", ParameterKind.Integer, "days the police have to decide on a received transfer (移送规定 art. 8: 3)") { Default = "3", Minimum = 0 },
        new("intakeDays", ParameterKind.Integer, "days after which an undecided criminal intake is a clue (ILLUSTRATIVE 30)") { Default = "30", Minimum = 1 },
    ];

    public override IReadOnlyList<LegalBasis> LegalBasis =>
    [
        new("行政执法机关移送涉嫌犯罪案件的规定", "第8条", "公安机关应当自接受移送之日起3日内作出立案或者不予立案的决定"),
        new("刑事诉讼法", "第113条", "人民检察院对公安机关应当立案而不立案的进行立案监督"),
    ];

    public override string ResponsibleDepartment => "刑事检察部门";

    public override ClueTemplate Template => new(
        "应立不立线索：{subject} 逾期未作立案决定",
        "截至{asOf}，{subject} 已超过法定期限未见立案或不予立案决定（规则 {rules}）；证据 {evidence} 条。");

    public override IReadOnlyList<ModelRule> Rules(HubDataContext data, ModelArguments arguments)
    {
        var transferDeadline = arguments.AsOf.AddDays(-arguments.Integer("decideDays"));
        var intakeDeadline = arguments.AsOf.AddDays(-arguments.Integer("intakeDays"));
        var intakes = data.Set<CaseIntake>();
        var undecidedTransfers = data.Set<TransferRecord>().Where(r => !r.Sealed && r.ReceivedByPoliceDate < transferDeadline
            && r.PoliceDecisionDate == null
            && !intakes.Any(c => c.TransferId == r.TransferId && (c.FiledDate != null || c.NotFiledDecisionDate != null)));
        var undecidedIntakes = intakes.Where(c => !c.Sealed && c.CaseKind == "刑事" && c.AcceptedDate < intakeDeadline
            && c.FiledDate == null && c.NotFiledDecisionDate == null && c.RevokedDate == null);

        return
        [
            new("M02-a", "接受移送后逾期未作立案决定", SubjectType.Case, DataSet<TransferRecord>(),
                ["received_by_police_date", "police_decision_date", "case_intake:undecided"],
                undecidedTransfers.Select(r => new EvidenceRow { SubjectKey = r.TransferId, SourceAgency = r.SourceAgency, SourceRecordId = r.SourceRecordId, IngestedAt = r.IngestedAt, Sealed = r.Sealed })),
            new("M02-c", "刑事受案逾期未作立案决定", SubjectType.Case, DataSet<CaseIntake>(),
                ["case_kind", "accepted_date", "filed_date", "not_filed_decision_date", "revoked_date"],
                undecidedIntakes.Select(c => new EvidenceRow { SubjectKey = c.PsbCaseNo, SourceAgency = c.SourceAgency, SourceRecordId = c.SourceRecordId, IngestedAt = c.IngestedAt, Sealed = c.Sealed })),
        ];
    }
}
