using System.Globalization;
using Hub.Data;
using Hub.Data.Model.Administrative;
using Hub.Data.Model.Lake;
using Hub.Data.Model.Reference;
using Hub.Supervision.Catalogue;

namespace Hub.Supervision.Models;

/// <summary>
/// M14 支持起诉 (DOMAIN.md §3 M14): employers owing wages. (a) Hotline wage-arrears complaints about one employer from
/// several distinct complainants (the lake platform's keyword hits, already cleared of tickets answered as paid).
/// (b) 拒不支付劳动报酬 (刑法 art. 276-1): an order to pay, past its deadline and not complied with, whose complaint
/// reaches the regional threshold for one worker or for many. One clue per employer. (c) A vulnerable worker — aged 60
/// or more by the id's birth date, or in the disability registry — whose complaint ended in an order to pay that the
/// employer ignored: the worker is the subject, as the one the procuratorate supports in suing.
/// </summary>
public sealed class M14SupportingWageClaimants : SupervisionModel
{
    public override string Id => "M14";

    public override int Version => 2;

    public override string TitleZh => "支持起诉";

    public override string TitleEn => "Supporting vulnerable claimants to sue (wage arrears)";

    public override RuleElements Elements => new("民事支持起诉", "劳动者权益保护", "拖欠劳动报酬");

    public override IReadOnlyList<Type> Inputs => [typeof(LakeHit), typeof(HotlineTicket), typeof(WageComplaint), typeof(WagePaymentOrder), typeof(DisabilityRegistration), typeof(LegalThreshold)];

    public override IReadOnlyList<ModelParameter> Parameters =>
    [
        new("minComplainants", ParameterKind.Integer, "distinct complainants (phone hashes) about one employer that make a clue (ILLUSTRATIVE 3)") { Default = "3", Minimum = 1 },
        new("windowDays", ParameterKind.Integer, "days before the as-of date whose hotline hits count") { Default = "365", Minimum = 1 },
        new("oneWorkerMonths", ParameterKind.Integer, "months unpaid that make 拒不支付 for one worker") { Default = "3", Minimum = 1 },
        new("oneWorkerMin", ParameterKind.Decimal, "amount owed to one worker; default: the region's legal_threshold 拒不支付劳动报酬-个人") { ThresholdTopic = "拒不支付劳动报酬-个人", Minimum = 0 },
        new("manyWorkers", ParameterKind.Integer, "workers owed that make 拒不支付 for many") { Default = "10", Minimum = 2 },
        new("manyWorkersMin", ParameterKind.Decimal, "total owed to many workers; default: the region's legal_threshold 拒不支付劳动报酬-多人") { ThresholdTopic = "拒不支付劳动报酬-多人", Minimum = 0 },
        new("elderlyAge", ParameterKind.Integer, "age from which a worker is elderly (老年人权益保障法 art. 2: 60)") { Default = "60", Minimum = 1 },
    ];

    public override IReadOnlyList<LegalBasis> LegalBasis =>
    [
        new("民事诉讼法", "第15条", "机关、社会团体、企业事业单位可以支持受损害的单位或者个人向人民法院起诉"),
        new("刑法", "第276条之一", "拒不支付劳动报酬罪"),
        new("最高人民法院关于审理拒不支付劳动报酬刑事案件适用法律若干问题的解释", "第3条", "数额较大"),
        new("老年人权益保障法", "第2条", "老年人是指六十周岁以上的公民"),
    ];

    public override string ResponsibleDepartment => "民事检察部门";

    public override ClueTemplate Template => new(
        "支持起诉线索：{subject} 涉拖欠劳动报酬",
        "截至{asOf}，{subject} 涉拖欠劳动报酬：多名劳动者投诉、逾期不履行支付令或弱势劳动者未获支付（规则 {rules}）；证据 {evidence} 条。");

    public override IReadOnlyList<ModelRule> Rules(HubDataContext data, ModelArguments arguments)
    {
        var asOf = arguments.AsOf;
        var from = asOf.AddDays(-arguments.Integer("windowDays"));
        var minComplainants = arguments.Integer("minComplainants");
        var hitTickets = data.Set<LakeHit>()
            .Where(h => !h.Sealed && h.ModelId == "M14" && h.TextDataSet == "hotline_ticket" && h.ResolvedUscc != null && h.HitDate >= from && h.HitDate <= asOf)
            .Join(data.Set<HotlineTicket>().Where(t => !t.Sealed && t.ComplainantPhoneHash != null),
                h => new { Agency = h.TextAgency, Record = h.TextRecordId }, t => new { Agency = t.SourceAgency, Record = t.SourceRecordId },
                (h, t) => new { Employer = h.ResolvedUscc!, Ticket = t });
        var complained = hitTickets.GroupBy(x => x.Employer)
            .Where(g => g.Select(x => x.Ticket.ComplainantPhoneHash).Distinct().Count() >= minComplainants)
            .Select(g => g.Key);

        var months = arguments.Integer("oneWorkerMonths");
        var oneMin = arguments.Number("oneWorkerMin");
        var many = arguments.Integer("manyWorkers");
        var manyMin = arguments.Number("manyWorkersMin");
        var unpaid = data.Set<WagePaymentOrder>().Where(o => !o.Sealed && !o.Complied && o.Deadline < asOf && o.ComplaintId != null)
            .Join(data.Set<WageComplaint>().Where(c => !c.Sealed), o => o.ComplaintId, c => c.ComplaintId, (o, c) => new { Order = o, Complaint = c })
            .Where(x => (x.Complaint.MonthsUnpaid >= months && x.Complaint.Amount >= oneMin) || (x.Complaint.WorkersCount >= many && x.Complaint.Amount >= manyMin));

        var elderlyBornBy = asOf.AddYears(-arguments.Integer("elderlyAge")).ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var disabled = data.Set<DisabilityRegistration>().Where(d => !d.Sealed).Select(d => d.IdNumber);
        var ignoredOrders = data.Set<WagePaymentOrder>().Where(o => !o.Sealed && !o.Complied && o.Deadline < asOf && o.ComplaintId != null).Select(o => o.ComplaintId);
        var vulnerable = data.Set<WageComplaint>().Where(c => !c.Sealed && c.ComplainantIdNumber != null && c.ComplainantIdNumber.Length == 18
            && ignoredOrders.Contains(c.ComplaintId)
            && (string.Compare(c.ComplainantIdNumber.Substring(6, 8), elderlyBornBy) <= 0 || disabled.Contains(c.ComplainantIdNumber)));

        return
        [
            new("M14-a", "同一用人单位被多名劳动者投诉欠薪", SubjectType.Entity, DataSet<HotlineTicket>(),
                ["content:拖欠工资、讨薪", "complainant_phone_hash", "lake_hit.resolved_uscc"],
                hitTickets.Where(x => complained.Contains(x.Employer)).Select(x => new EvidenceRow
                {
                    SubjectKey = x.Employer, SourceAgency = x.Ticket.SourceAgency, SourceRecordId = x.Ticket.SourceRecordId, IngestedAt = x.Ticket.IngestedAt, Sealed = x.Ticket.Sealed,
                })),
            new("M14-b", "欠薪数额达到拒不支付劳动报酬标准的投诉", SubjectType.Entity, DataSet<WageComplaint>(),
                ["amount", "months_unpaid", "workers_count"],
                unpaid.Select(x => new EvidenceRow
                {
                    SubjectKey = x.Order.EmployerUscc, SourceAgency = x.Complaint.SourceAgency, SourceRecordId = x.Complaint.SourceRecordId, IngestedAt = x.Complaint.IngestedAt, Sealed = x.Complaint.Sealed,
                })),
            new("M14-b-order", "逾期未履行的限期支付令", SubjectType.Entity, DataSet<WagePaymentOrder>(),
                ["complied", "deadline"],
                unpaid.Select(x => new EvidenceRow
                {
                    SubjectKey = x.Order.EmployerUscc, SourceAgency = x.Order.SourceAgency, SourceRecordId = x.Order.SourceRecordId, IngestedAt = x.Order.IngestedAt, Sealed = x.Order.Sealed,
                })),
            new("M14-c", "老年或残疾劳动者欠薪投诉后支付令逾期未履行", SubjectType.Person, DataSet<WageComplaint>(),
                ["complainant_id_number:birth_date", "disability_registry", "hr_pay_order.complied", "hr_pay_order.deadline"],
                vulnerable.Select(c => new EvidenceRow
                {
                    SubjectKey = c.ComplainantIdNumber!, SourceAgency = c.SourceAgency, SourceRecordId = c.SourceRecordId, IngestedAt = c.IngestedAt, Sealed = c.Sealed,
                })),
        ];
    }
}
