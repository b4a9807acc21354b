using Hub.Data;
using Hub.Data.Model.Administrative;
using Hub.Data.Model.Enforcement;
using Hub.Supervision.Catalogue;

namespace Hub.Supervision.Models;

/// <summary>
/// M15 涉刑人员违规领取社保/补助 (DOMAIN.md §3 M15): benefit payments for a month that began after the person's death,
/// or for a month the person spent entirely serving a sentence. Evidence: each improper payment and the death or
/// custody record that makes it improper.
/// </summary>
public sealed class M15BenefitsPaidToDeceasedOrImprisoned : SupervisionModel
{
    public override string Id => "M15";

    public override int Version => 1;

    public override string TitleZh => "涉刑人员违规领取社保/补助";

    public override string TitleEn => "Benefits paid to imprisoned or deceased persons";

    public override RuleElements Elements => new("民生保障专项", "社会保障资金", "死亡或服刑人员违规领取社保、补助");

    public override IReadOnlyList<Type> Inputs => [typeof(BenefitPayment), typeof(DeathRegistration), typeof(CustodyRecord)];

    public override IReadOnlyList<ModelParameter> Parameters =>
    [
        new("sentenceReasons", ParameterKind.TextList, "custody in-reasons that mean serving a sentence (pre-trial detention does not stop a benefit)") { Default = "执行刑罚" },
    ];

    public override IReadOnlyList<LegalBasis> LegalBasis =>
    [
        new("社会保险法", "第88条", "以欺诈、伪造证明材料或者其他手段骗取社会保险待遇的，应当退回"),
        new("社会救助暂行办法", "第68条", "采取虚报、隐瞒、伪造等手段骗取社会救助资金的，决定停止社会救助，责令退回"),
        new("人民检察院公益诉讼办案规则", "第67条", "国有财产保护领域行政公益诉讼"),
    ];

    public override string ResponsibleDepartment => "公益诉讼检察部门";

    public override ClueTemplate Template => new(
        "违规领取补助线索：{subject}",
        "截至{asOf}，{subject} 在死亡后或服刑期间仍被发放社保或补助（规则 {rules}）；证据 {evidence} 条。");

    public override IReadOnlyList<ModelRule> Rules(HubDataContext data, ModelArguments arguments)
    {
        var reasons = arguments.Words("sentenceReasons");
        var payments = data.Set<BenefitPayment>().Where(p => !p.Sealed && p.PayMonth <= arguments.AsOf);
        var deaths = data.Set<DeathRegistration>().Where(d => !d.Sealed && d.DeathDate <= arguments.AsOf);
        var sentences = data.Set<CustodyRecord>().Where(c => !c.Sealed && reasons.Contains(c.InReason));

        // pay_month is the first day of the month paid for: the month of death is still due, and a sentence must
        // cover the whole month (entered before it began, not released before it ended).
        var afterDeath = payments.Where(p => deaths.Any(d => d.IdNumber == p.IdNumber && d.DeathDate < p.PayMonth));
        var deathRecords = deaths.Where(d => payments.Any(p => p.IdNumber == d.IdNumber && d.DeathDate < p.PayMonth));
        var duringSentence = payments.Where(p => sentences.Any(c => c.PersonIdNumber == p.IdNumber
            && c.InDate < p.PayMonth && (c.OutDate == null || c.OutDate >= p.PayMonth.AddMonths(1))));
        var sentenceRecords = sentences.Where(c => payments.Any(p => p.IdNumber == c.PersonIdNumber
            && c.InDate < p.PayMonth && (c.OutDate == null || c.OutDate >= p.PayMonth.AddMonths(1))));

        return
        [
            new("M15-a", "死亡后仍发放的月份", SubjectType.Person, DataSet<BenefitPayment>(), ["pay_month", "death_registry.death_date"],
                afterDeath.Select(p => new EvidenceRow { SubjectKey = p.IdNumber, SourceAgency = p.SourceAgency, SourceRecordId = p.SourceRecordId, IngestedAt = p.IngestedAt, Sealed = p.Sealed })),
            new("M15-a-death", "发放月份之前的死亡登记", SubjectType.Person, DataSet<DeathRegistration>(), ["death_date"],
                deathRecords.Select(d => new EvidenceRow { SubjectKey = d.IdNumber, SourceAgency = d.SourceAgency, SourceRecordId = d.SourceRecordId, IngestedAt = d.IngestedAt, Sealed = d.Sealed })),
            new("M15-b", "服刑整月仍发放的月份", SubjectType.Person, DataSet<BenefitPayment>(), ["pay_month", "custody_in_out.in_date", "custody_in_out.out_date"],
                duringSentence.Select(p => new EvidenceRow { SubjectKey = p.IdNumber, SourceAgency = p.SourceAgency, SourceRecordId = p.SourceRecordId, IngestedAt = p.IngestedAt, Sealed = p.Sealed })),
            new("M15-b-custody", "覆盖发放月份的执行刑罚记录", SubjectType.Person, DataSet<CustodyRecord>(), ["in_reason", "in_date", "out_date"],
                sentenceRecords.Select(c => new EvidenceRow { SubjectKey = c.PersonIdNumber, SourceAgency = c.SourceAgency, SourceRecordId = c.SourceRecordId, IngestedAt = c.IngestedAt, Sealed = c.Sealed })),
        ];
    }
}
