using Hub.Data;
using Hub.Data.Model.Administrative;
using Hub.Data.Model.Judicial;
using Hub.Supervision.Catalogue;

namespace Hub.Supervision.Models;

/// <summary>
/// M05 涉刑在编人员未处分 (DOMAIN.md §3 M05): people on the public payroll convicted (or exempted from punishment) or
/// relatively non-prosecuted, with no party or government sanction decided on or after that date. Evidence: the
/// judgment or non-prosecution decision and the payroll row.
/// </summary>
public sealed class M05StaffWithCriminalRecordsNotDisciplined : SupervisionModel
{
    public override string Id => "M05";

    public override int Version => 1;

    public override string TitleZh => "涉刑在编人员未处分";

    public override string TitleEn => "Staff with criminal records but no discipline";

    public override RuleElements Elements => new("公职人员监督", "涉刑公职人员处分", "涉刑在编人员未受党纪政务处分");

    public override IReadOnlyList<Type> Inputs => [typeof(CriminalJudgment), typeof(NonProsecution), typeof(StaffRosterEntry), typeof(DisciplineSanction)];

    public override IReadOnlyList<ModelParameter> Parameters =>
    [
        new("sinceYear", ParameterKind.Integer, "first year of judgments and decisions compared (the seed compared those since 2014)") { Default = "2014", Minimum = 1979, Maximum = 2100 },
        new("verdicts", ParameterKind.TextList, "verdicts that count as a criminal record (公职人员政务处分法 art. 14)") { Default = "有罪|免予刑事处罚" },
        new("nonProsecutionTypes", ParameterKind.TextList, "non-prosecution types that count (relative non-prosecution → 撤职)") { Default = "DISCRETIONARY" },
    ];

    public override IReadOnlyList<LegalBasis> LegalBasis =>
    [
        new("公职人员政务处分法", "第14条", "故意犯罪被判处刑罚的予以开除；免予刑事处罚或不起诉的予以撤职"),
        new("中国共产党纪律处分条例", "", "党员犯罪应当给予党纪处分"),
    ];

    public override string ResponsibleDepartment => "纪委监委";

    public override ClueTemplate Template => new(
        "涉刑在编人员未处分线索：{subject}",
        "截至{asOf}，在编人员 {subject} 有刑事判决或相对不起诉记录（规则 {rules}），未见其后的党纪或政务处分；证据 {evidence} 条。");

    public override IReadOnlyList<ModelRule> Rules(HubDataContext data, ModelArguments arguments)
    {
        var since = new DateOnly(arguments.Integer("sinceYear"), 1, 1);
        var asOf = arguments.AsOf;
        var verdicts = arguments.Words("verdicts");
        var types = arguments.Words("nonProsecutionTypes");
        var staff = data.Set<StaffRosterEntry>().Where(s => !s.Sealed);
        var sanctions = data.Set<DisciplineSanction>();
        var judgments = data.Set<CriminalJudgment>().Where(j => !j.Sealed && verdicts.Contains(j.Verdict)
            && j.EffectiveDate >= since && j.EffectiveDate <= asOf
            && staff.Any(s => s.IdNumber == j.DefendantIdNumber)
            && !sanctions.Any(s => s.IdNumber == j.DefendantIdNumber && s.DecisionDate >= j.EffectiveDate));
        var decisions = data.Set<NonProsecution>().Where(n => !n.Sealed && types.Contains(n.NpType)
            && n.DecisionDate >= since && n.DecisionDate <= asOf
            && staff.Any(s => s.IdNumber == n.PersonIdNumber)
            && !sanctions.Any(s => s.IdNumber == n.PersonIdNumber && s.DecisionDate >= n.DecisionDate));

        // One IN over both lists: an OR of two correlated EXISTS makes PostgreSQL re-run them per payroll row (10× slower at scale 5).
        var convicted = judgments.Select(j => j.DefendantIdNumber).Concat(decisions.Select(n => n.PersonIdNumber));
        var roster = staff.Where(s => convicted.Contains(s.IdNumber));

        return
        [
            new("M05-a", "在编人员有罪判决或免予刑事处罚后未受处分", SubjectType.Person, DataSet<CriminalJudgment>(),
                ["verdict", "effective_date", "staffing_roster:present", "discipline_sanction:absent"],
                judgments.Select(j => new EvidenceRow { SubjectKey = j.DefendantIdNumber, SourceAgency = j.SourceAgency, SourceRecordId = j.SourceRecordId, IngestedAt = j.IngestedAt, Sealed = j.Sealed })),
            new("M05-b", "在编人员相对不起诉后未受处分", SubjectType.Person, DataSet<NonProsecution>(),
                ["np_type", "decision_date", "staffing_roster:present", "discipline_sanction:absent"],
                decisions.Select(n => new EvidenceRow { SubjectKey = n.PersonIdNumber, SourceAgency = n.SourceAgency, SourceRecordId = n.SourceRecordId, IngestedAt = n.IngestedAt, Sealed = n.Sealed })),
            new("M05-roster", "上述人员的在编登记", SubjectType.Person, DataSet<StaffRosterEntry>(),
                ["id_number", "sector", "entry_date"],
                roster.Select(s => new EvidenceRow { SubjectKey = s.IdNumber, SourceAgency = s.SourceAgency, SourceRecordId = s.SourceRecordId, IngestedAt = s.IngestedAt, Sealed = s.Sealed })),
        ];
    }
}
