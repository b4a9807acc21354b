using Hub.Data;
using Hub.Data.Model.Enforcement;
using Hub.Data.Model.Judicial;
using Hub.Supervision.Catalogue;

namespace Hub.Supervision.Models;

/// <summary>
/// M12 强制隔离戒毒人员涉短期刑事犯罪 (DOMAIN.md §3 M12). (a) 以刑代戒: a rehab decision, a judgment effective within
/// the rehab period, a release 刑满释放 before the period ends, and no rehab custody entered since the release.
/// (b) A rehab decision never handed over for execution within the deadline. (c) 主动求刑 (DOMAIN R3): a criminal
/// intake of the person within days of the rehab decision that ended in a short custodial sentence — the pattern of
/// confessing a minor crime to trade two years of rehab for a few months in prison.
/// </summary>
public sealed class M12DrugRehabDetaineesWithShortSentences : SupervisionModel
{
    public override string Id => "M12";

    public override int Version => 2;

    public override string TitleZh => "强制隔离戒毒人员涉短期刑事犯罪";

    public override string TitleEn => "Compulsory drug-rehab detainees with short criminal sentences";

    public override RuleElements Elements => new("刑事执行检察", "强制隔离戒毒执行监督", "刑满释放后未恢复执行强制隔离戒毒");

    public override IReadOnlyList<Type> Inputs => [typeof(DrugRehabDecision), typeof(CriminalJudgment), typeof(CustodyRecord), typeof(CaseIntake)];

    public override IReadOnlyList<ModelParameter> Parameters =>
    [
        new("periodMonths", ParameterKind.Integer, "the rehab period (戒毒条例: two years)") { Default = "24", Minimum = 1 },
        new("handoverDays", ParameterKind.Integer, "days after a decision by which it must have been handed over for execution (ILLUSTRATIVE 30)") { Default = "30", Minimum = 0 },
        new("releaseReasons", ParameterKind.TextList, "custody out-reasons of a served sentence") { Default = "刑满释放" },
        new("rehabFacilities", ParameterKind.TextList, "custody facility types of compulsory rehab") { Default = "强制隔离戒毒所" },
        new("confessionDays", ParameterKind.Integer, "days after a rehab decision within which a new criminal intake suggests 主动求刑 (ILLUSTRATIVE 30)") { Default = "30", Minimum = 0 },
        new("shortTermMonths", ParameterKind.Integer, "longest custodial term that is a short sentence (the A市 cases: 6 to 20 months; ILLUSTRATIVE 12)") { Default = "12", Minimum = 1 },
    ];

    public override IReadOnlyList<LegalBasis> LegalBasis =>
    [
        new("禁毒法", "第47条", "强制隔离戒毒的期限为二年"),
        new("戒毒条例", "第27条", "强制隔离戒毒期间被依法收监执行刑罚的，刑罚执行完毕时强制隔离戒毒尚未期满的，继续执行强制隔离戒毒"),
        new("人民检察院刑事诉讼规则", "第621条", "对强制医疗、强制隔离戒毒等执行活动进行监督"),
    ];

    public override string ResponsibleDepartment => "刑事执行检察部门";

    public override ClueTemplate Template => new(
        "以刑代戒线索：{subject}",
        "截至{asOf}，{subject} 的强制隔离戒毒决定未执行完毕（规则 {rules}）；证据 {evidence} 条。");

    public override IReadOnlyList<ModelRule> Rules(HubDataContext data, ModelArguments arguments)
    {
        var months = arguments.Integer("periodMonths");
        var releaseReasons = arguments.Words("releaseReasons");
        var rehabFacilities = arguments.Words("rehabFacilities");
        var asOf = arguments.AsOf;
        var decisions = data.Set<DrugRehabDecision>().Where(d => !d.Sealed && d.DecisionDate <= asOf);
        var custody = data.Set<CustodyRecord>().Where(c => !c.Sealed);
        var notResumed =
            from d in decisions
            join j in data.Set<CriminalJudgment>().Where(j => !j.Sealed) on d.PersonIdNumber equals j.DefendantIdNumber
            join r in custody on d.PersonIdNumber equals r.PersonIdNumber
            where j.EffectiveDate >= d.DecisionDate && j.EffectiveDate <= d.DecisionDate.AddMonths(months)
                && r.OutReason != null && releaseReasons.Contains(r.OutReason) && r.OutDate > j.EffectiveDate && r.OutDate < d.DecisionDate.AddMonths(months) && r.OutDate <= asOf
                && !custody.Any(io => io.PersonIdNumber == d.PersonIdNumber && rehabFacilities.Contains(io.FacilityType) && io.InDate >= r.OutDate)
            select new { Decision = d, Judgment = j, Release = r };
        var handoverDue = asOf.AddDays(-arguments.Integer("handoverDays"));
        var neverExecuted = decisions.Where(d => d.HandoverDate == null && d.DecisionDate < handoverDue);
        var confessionDays = arguments.Integer("confessionDays");
        var shortTerm = arguments.Integer("shortTermMonths");
        var soughtSentence =
            from d in decisions
            join c in data.Set<CaseIntake>().Where(c => !c.Sealed && c.CaseKind == "刑事") on d.PersonIdNumber equals c.SuspectIdNumber
            join j in data.Set<CriminalJudgment>().Where(j => !j.Sealed && j.Verdict == "有罪" && !j.Suspended) on d.PersonIdNumber equals j.DefendantIdNumber
            where c.AcceptedDate >= d.DecisionDate && c.AcceptedDate <= d.DecisionDate.AddDays(confessionDays)
                && j.EffectiveDate >= c.AcceptedDate && j.EffectiveDate <= asOf && j.TermMonths != null && j.TermMonths <= shortTerm
            select new { Decision = d, Intake = c, Judgment = j };

        return
        [
            new("M12-a", "戒毒期内判刑、刑满释放后未恢复强制隔离戒毒：戒毒决定", SubjectType.Person, DataSet<DrugRehabDecision>(),
                ["decision_date", "period_months", "custody_in_out:absent"],
                notResumed.Select(x => new EvidenceRow { SubjectKey = x.Decision.PersonIdNumber, SourceAgency = x.Decision.SourceAgency, SourceRecordId = x.Decision.SourceRecordId, IngestedAt = x.Decision.IngestedAt, Sealed = x.Decision.Sealed })),
            new("M12-a-judgment", "戒毒期内生效的刑事判决", SubjectType.Person, DataSet<CriminalJudgment>(),
                ["effective_date", "term_months"],
                notResumed.Select(x => new EvidenceRow { SubjectKey = x.Judgment.DefendantIdNumber, SourceAgency = x.Judgment.SourceAgency, SourceRecordId = x.Judgment.SourceRecordId, IngestedAt = x.Judgment.IngestedAt, Sealed = x.Judgment.Sealed })),
            new("M12-a-release", "戒毒期满前的刑满释放", SubjectType.Person, DataSet<CustodyRecord>(),
                ["out_reason", "out_date"],
                notResumed.Select(x => new EvidenceRow { SubjectKey = x.Release.PersonIdNumber, SourceAgency = x.Release.SourceAgency, SourceRecordId = x.Release.SourceRecordId, IngestedAt = x.Release.IngestedAt, Sealed = x.Release.Sealed })),
            new("M12-b", "强制隔离戒毒决定逾期未交付执行", SubjectType.Person, DataSet<DrugRehabDecision>(),
                ["handover_date:absent", "decision_date"],
                neverExecuted.Select(d => new EvidenceRow { SubjectKey = d.PersonIdNumber, SourceAgency = d.SourceAgency, SourceRecordId = d.SourceRecordId, IngestedAt = d.IngestedAt, Sealed = d.Sealed })),
            new("M12-c", "戒毒决定后短期内涉新罪并被判处短期实刑（主动求刑）：戒毒决定", SubjectType.Person, DataSet<DrugRehabDecision>(),
                ["decision_date", "case_intake:accepted_date"],
                soughtSentence.Select(x => new EvidenceRow { SubjectKey = x.Decision.PersonIdNumber, SourceAgency = x.Decision.SourceAgency, SourceRecordId = x.Decision.SourceRecordId, IngestedAt = x.Decision.IngestedAt, Sealed = x.Decision.Sealed })),
            new("M12-c-intake", "戒毒决定后短期内的刑事受案", SubjectType.Person, DataSet<CaseIntake>(),
                ["case_kind", "accepted_date"],
                soughtSentence.Select(x => new EvidenceRow { SubjectKey = x.Intake.SuspectIdNumber!, SourceAgency = x.Intake.SourceAgency, SourceRecordId = x.Intake.SourceRecordId, IngestedAt = x.Intake.IngestedAt, Sealed = x.Intake.Sealed })),
            new("M12-c-judgment", "该罪的短期实刑判决", SubjectType.Person, DataSet<CriminalJudgment>(),
                ["verdict", "suspended", "term_months", "effective_date"],
                soughtSentence.Select(x => new EvidenceRow { SubjectKey = x.Judgment.DefendantIdNumber, SourceAgency = x.Judgment.SourceAgency, SourceRecordId = x.Judgment.SourceRecordId, IngestedAt = x.Judgment.IngestedAt, Sealed = x.Judgment.Sealed })),
        ];
    }
}
