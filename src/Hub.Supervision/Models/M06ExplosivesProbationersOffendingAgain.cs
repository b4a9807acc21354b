using Hub.Data;
using Hub.Data.Model.Enforcement;
using Hub.Data.Model.Judicial;
using Hub.Supervision.Catalogue;

namespace Hub.Supervision.Models;

/// <summary>
/// M06 涉爆类社区矫正对象再违法 (DOMAIN.md §3 M06): people under community correction for an explosives offence who
/// were penalised by the police, or placed under a coercive measure, during their correction term; and (c, the 无为
/// model's 应通知而未通知) those taken into custody during the term whose correction bureau recorded no notice of it
/// within the notice period. (d) Of those penalised, the ones warned twice before the new violation, for whom the bureau
/// should propose revocation (社区矫正法实施办法 art. 46). Evidence: the correction record, the new penalty, measure or
/// custody, and for (d) the warnings.
/// </summary>
public sealed class M06ExplosivesProbationersOffendingAgain : SupervisionModel
{
    public override string Id => "M06";

    public override int Version => 2;

    public override string TitleZh => "涉爆类社区矫正对象再违法";

    public override string TitleEn => "Explosives-offence probationers who offend again";

    public override RuleElements Elements => new("刑事执行监督", "社区矫正", "社区矫正对象矫正期间再违法未收监");

    public override IReadOnlyList<Type> Inputs => [typeof(CommunityCorrection), typeof(AdministrativePenalty), typeof(CoerciveMeasure), typeof(CustodyRecord), typeof(CorrectionEvent)];

    public override IReadOnlyList<ModelParameter> Parameters =>
    [
        new("explosiveCharges", ParameterKind.TextList, "original charges that make a probationer 涉爆") { Default = "非法制造、买卖、运输、邮寄、储存爆炸物罪" },
        new("custodyReasons", ParameterKind.TextList, "custody in-reasons the correction bureau must be told of") { Default = "行政拘留|刑事拘留|强制隔离戒毒" },
        new("notificationEvents", ParameterKind.TextList, "correction events that record the notice of a custody") { Default = "被拘留通知" },
        new("notifyDays", ParameterKind.Integer, "days after the custody began within which the notice must be recorded (ILLUSTRATIVE 3)") { Default = "3", Minimum = 0 },
        new("warningEvents", ParameterKind.TextList, "correction events that are a formal warning") { Default = "警告" },
        new("warningsBeforeRevocation", ParameterKind.Integer, "warnings after which a new violation calls for revoking probation (实施办法 art. 46)") { Default = "2", Minimum = 1 },
        new("activeStatuses", ParameterKind.TextList, "correction statuses still under supervision") { Default = "在矫" },
    ];

    public override IReadOnlyList<LegalBasis> LegalBasis =>
    [
        new("社区矫正法", "第28条", "社区矫正对象违反监督管理规定的处理"),
        new("社区矫正法实施办法", "第46条", "因违反监督管理规定受到治安管理处罚仍不改正的，应当提出撤销缓刑建议"),
    ];

    public override string ResponsibleDepartment => "刑事执行检察部门";

    public override ClueTemplate Template => new(
        "社区矫正再违法线索：{subject}",
        "截至{asOf}，涉爆类社区矫正对象 {subject} 在矫正期间受到治安处罚或强制措施（规则 {rules}）；证据 {evidence} 条。");

    public override IReadOnlyList<ModelRule> Rules(HubDataContext data, ModelArguments arguments)
    {
        var charges = arguments.Words("explosiveCharges");
        var statuses = arguments.Words("activeStatuses");
        var subjects = data.Set<CommunityCorrection>().Where(s => !s.Sealed && statuses.Contains(s.Status) && s.CorrectionStart <= arguments.AsOf
            && charges.Any(c => ("|" + s.OriginalCharges + "|").Contains("|" + c + "|")));
        var penalties = data.Set<AdministrativePenalty>().Where(p => !p.Sealed && p.AgencyKind == "PSB" && subjects.Any(s => s.PersonIdNumber == p.PersonIdNumber
            && (p.ViolationDate ?? p.DecisionDate) >= s.CorrectionStart && (p.ViolationDate ?? p.DecisionDate) <= s.CorrectionEnd));
        var measures = data.Set<CoerciveMeasure>().Where(m => !m.Sealed && subjects.Any(s => s.PersonIdNumber == m.PersonIdNumber
            && m.StartDate >= s.CorrectionStart && m.StartDate <= s.CorrectionEnd));
        var custodyReasons = arguments.Words("custodyReasons");
        var notices = arguments.Words("notificationEvents");
        var notifyDays = arguments.Integer("notifyDays");
        var noticeDue = arguments.AsOf.AddDays(-notifyDays);
        var events = data.Set<CorrectionEvent>();
        var unnotified = data.Set<CustodyRecord>().Where(c => !c.Sealed && custodyReasons.Contains(c.InReason) && c.InDate < noticeDue
            && subjects.Any(s => s.PersonIdNumber == c.PersonIdNumber && c.InDate >= s.CorrectionStart && c.InDate <= s.CorrectionEnd
                && !events.Any(e => e.CcId == s.CcId && notices.Contains(e.EventType) && e.EventDate >= c.InDate && e.EventDate <= c.InDate.AddDays(notifyDays))));
        var warningTypes = arguments.Words("warningEvents");
        var warningCount = arguments.Integer("warningsBeforeRevocation");
        var warnings = events.Where(e => warningTypes.Contains(e.EventType));
        var warnedThenPenalised =
            from w in warnings
            join s in subjects on w.CcId equals s.CcId
            where penalties.Any(p => p.PersonIdNumber == s.PersonIdNumber && w.EventDate < (p.ViolationDate ?? p.DecisionDate)
                && warnings.Count(earlier => earlier.CcId == s.CcId && earlier.EventDate < (p.ViolationDate ?? p.DecisionDate)) >= warningCount)
            select new EvidenceRow { SubjectKey = s.PersonIdNumber, SourceAgency = w.SourceAgency, SourceRecordId = w.SourceRecordId, IngestedAt = w.IngestedAt, Sealed = w.Sealed };

        // One IN over the three lists, as in M05: an OR of three correlated EXISTS made PostgreSQL run them per subject.
        var reoffenders = penalties.Select(p => p.PersonIdNumber!).Concat(measures.Select(m => m.PersonIdNumber)).Concat(unnotified.Select(c => c.PersonIdNumber));
        var reoffended = subjects.Where(s => reoffenders.Contains(s.PersonIdNumber));

        return
        [
            new("M06-a", "矫正期间受到治安管理处罚", SubjectType.Person, DataSet<AdministrativePenalty>(), ["person_id_number", "violation_date", "cc_subject:correction_term"],
                penalties.Select(p => new EvidenceRow { SubjectKey = p.PersonIdNumber!, SourceAgency = p.SourceAgency, SourceRecordId = p.SourceRecordId, IngestedAt = p.IngestedAt, Sealed = p.Sealed })),
            new("M06-b", "矫正期间被采取刑事强制措施", SubjectType.Person, DataSet<CoerciveMeasure>(), ["person_id_number", "start_date", "cc_subject:correction_term"],
                measures.Select(m => new EvidenceRow { SubjectKey = m.PersonIdNumber, SourceAgency = m.SourceAgency, SourceRecordId = m.SourceRecordId, IngestedAt = m.IngestedAt, Sealed = m.Sealed })),
            new("M06-c", "矫正期间被羁押，社区矫正机构未记录通知", SubjectType.Person, DataSet<CustodyRecord>(), ["in_reason", "in_date", "cc_event:absent"],
                unnotified.Select(c => new EvidenceRow { SubjectKey = c.PersonIdNumber, SourceAgency = c.SourceAgency, SourceRecordId = c.SourceRecordId, IngestedAt = c.IngestedAt, Sealed = c.Sealed })),
            new("M06-d", "两次警告后再受治安管理处罚，应提请撤销缓刑", SubjectType.Person, DataSet<CorrectionEvent>(), ["event_type", "event_date", "admin_penalty:after_warnings"],
                warnedThenPenalised),
            new("M06-subject", "上述人员的社区矫正记录", SubjectType.Person, DataSet<CommunityCorrection>(), ["original_charges", "correction_start", "correction_end", "status"],
                reoffended.Select(s => new EvidenceRow { SubjectKey = s.PersonIdNumber, SourceAgency = s.SourceAgency, SourceRecordId = s.SourceRecordId, IngestedAt = s.IngestedAt, Sealed = s.Sealed })),
        ];
    }
}
