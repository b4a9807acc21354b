using Hub.Data;
using Hub.Data.Model.Enforcement;
using Hub.Data.Model.Judicial;
using Hub.Data.Model.Lake;
using Hub.Supervision.Catalogue;

namespace Hub.Supervision.Models;

/// <summary>
/// M10 妇女权益保护, structured part (DOMAIN.md §3 M10): a respondent of repeated domestic-violence 110 calls (by
/// category, or by a violence term in the call's text) within the window, with no 家庭暴力告诫书 issued to him on or
/// after the first of those calls. Evidence: the calls. Keyword part (b): a workplace or school that the lake's M10
/// keyword hits (性骚扰, 猥亵, 骚扰短信 …, resolved confidently to a credit code) name repeatedly within the window.
/// Evidence: the hits. Protection orders (DOMAIN.md: "protection order in force AND new DV call -> possible 拒不执行裁定
/// (refer)"): a domestic-violence call within the window about the respondent of a court's personal-safety protection
/// order, received after the day the order was issued and not after its last day in force. Evidence: those calls and
/// the order.
/// </summary>
public sealed class M10WomensRightsProtection : SupervisionModel
{
    public override string Id => "M10";

    public override int Version => 3;

    public override string TitleZh => "性骚扰·家庭暴力·妇女权益保护";

    public override string TitleEn => "Sexual harassment, domestic violence and women's rights";

    public override RuleElements Elements => new("妇女权益保护专项", "反家庭暴力", "多次家暴警情未出具告诫书");

    public override IReadOnlyList<Type> Inputs => [typeof(PoliceDispatch), typeof(DomesticViolenceWarning), typeof(ProtectionOrder), typeof(LakeHit)];

    public override IReadOnlyList<ModelParameter> Parameters =>
    [
        new("repeatCalls", ParameterKind.Integer, "calls about one respondent within the window that make a clue (ILLUSTRATIVE 2)") { Default = "2", Minimum = 2 },
        new("windowMonths", ParameterKind.Integer, "months before the as-of date whose calls count (ILLUSTRATIVE 12)") { Default = "12", Minimum = 1 },
        new("categories", ParameterKind.TextList, "110 call categories of domestic violence") { Default = "家庭暴力|家庭纠纷" },
        new("violenceTerms", ParameterKind.TextList, "words of a call's text that make it a domestic-violence call whatever its category (ILLUSTRATIVE)") { Default = "打|殴打|家暴|掐|扇耳光" },
        new("harassmentTerms", ParameterKind.TextList, "matched terms of an M10 lake hit that report sexual harassment (ILLUSTRATIVE)") { Default = "性骚扰|猥亵|骚扰短信" },
        new("harassmentHits", ParameterKind.Integer, "harassment hits naming one workplace or school within the window that make a clue (ILLUSTRATIVE 2)") { Default = "2", Minimum = 1 },
        new("minLakeConfidence", ParameterKind.Decimal, "least confidence of a hit's resolution to a credit code (ILLUSTRATIVE 0.8)") { Default = "0.8", Minimum = 0, Maximum = 1 },
    ];

    public override IReadOnlyList<LegalBasis> LegalBasis =>
    [
        new("反家庭暴力法", "第16条", "家庭暴力情节较轻的，公安机关对加害人给予批评教育或者出具告诫书"),
        new("妇女权益保障法", "第77条", "侵害妇女合法权益的，人民检察院可以发出检察建议"),
        new("妇女权益保障法", "第25条", "用人单位应当采取措施预防和制止对妇女的性骚扰"),
        new("反家庭暴力法", "第34条", "被申请人违反人身安全保护令，构成犯罪的，依法追究刑事责任（拒不执行判决、裁定罪）"),
    ];

    public override string ResponsibleDepartment => "刑事检察部门";

    public override ClueTemplate Template => new(
        "妇女权益线索：{subject}",
        "截至{asOf}，{subject} 在统计期内多次被报警家庭暴力而未见告诫书，或在人身安全保护令有效期内又被报警家庭暴力，或多次被反映性骚扰（规则 {rules}）；证据 {evidence} 条。");

    public override IReadOnlyList<ModelRule> Rules(HubDataContext data, ModelArguments arguments)
    {
        var asOf = arguments.AsOf;
        var from = asOf.AddMonths(-arguments.Integer("windowMonths"));
        var repeat = arguments.Integer("repeatCalls");
        var categories = arguments.Words("categories");
        var terms = arguments.Words("violenceTerms");
        var calls = data.Set<PoliceDispatch>()
            .Where(d => !d.Sealed && d.RespondentIdNumber != null && (categories.Contains(d.Category) || (d.Text != null && terms.Any(t => d.Text.Contains(t)))))
            .Join(CallDays(data).Where(c => c.Day >= from && c.Day <= asOf), d => d.Id, c => c.CallId, (d, c) => new { Call = d, c.Day });
        var warnings = data.Set<DomesticViolenceWarning>().Where(w => !w.Sealed);

        // "issued on or after the first call" is "issued on or after some call": SQLite cannot correlate on an aggregate.
        var respondents = calls.GroupBy(x => x.Call.RespondentIdNumber!)
            .Where(g => g.Count() >= repeat)
            .Select(g => g.Key)
            .Where(r => !warnings.Any(w => w.AbuserIdNumber == r && calls.Any(x => x.Call.RespondentIdNumber == r && x.Day <= w.IssuedDate)));

        // A call on the day of issue may be the one that led to the order: only a later call breaches it.
        var breaches =
            from x in calls
            join o in data.Set<ProtectionOrder>().Where(o => !o.Sealed) on x.Call.RespondentIdNumber equals o.RespondentIdNumber
            where x.Day > o.IssuedDate && x.Day <= o.ValidTo
            select new { x.Call, Order = o };

        var harassment = arguments.Words("harassmentTerms");
        var confidence = arguments.Number("minLakeConfidence");
        var harassmentHits = data.Set<LakeHit>().Where(h => !h.Sealed && h.ModelId == "M10" && h.ResolvedUscc != null && h.ResolutionConfidence >= confidence
            && h.HitDate >= from && h.HitDate <= asOf && harassment.Any(t => ("|" + h.MatchedTerms + "|").Contains("|" + t + "|")));
        var minHits = arguments.Integer("harassmentHits");
        var harassing = harassmentHits.GroupBy(h => h.ResolvedUscc!).Where(g => g.Count() >= minHits).Select(g => g.Key);

        return
        [
            new("M10-a", "统计期内同一被报警人多次家暴警情且其后未出具告诫书", SubjectType.Person, DataSet<PoliceDispatch>(),
                ["category", "text", "received_at", "respondent_id_number", "dv_warning:absent"],
                calls.Where(x => respondents.Contains(x.Call.RespondentIdNumber!)).Select(x => new EvidenceRow
                {
                    SubjectKey = x.Call.RespondentIdNumber!, SourceAgency = x.Call.SourceAgency, SourceRecordId = x.Call.SourceRecordId, IngestedAt = x.Call.IngestedAt, Sealed = x.Call.Sealed,
                })),
            new("M10-order", "人身安全保护令有效期内被申请人又有家暴警情（可能拒不执行裁定）", SubjectType.Person, DataSet<PoliceDispatch>(),
                ["category", "text", "received_at", "respondent_id_number", "protection_order:issued_date|valid_to"],
                breaches.Select(x => new EvidenceRow
                {
                    SubjectKey = x.Call.RespondentIdNumber!, SourceAgency = x.Call.SourceAgency, SourceRecordId = x.Call.SourceRecordId, IngestedAt = x.Call.IngestedAt, Sealed = x.Call.Sealed,
                })),
            new("M10-order-protection", "被违反的人身安全保护令", SubjectType.Person, DataSet<ProtectionOrder>(), ["respondent_id_number", "issued_date", "valid_to"],
                breaches.Select(x => new EvidenceRow
                {
                    SubjectKey = x.Order.RespondentIdNumber, SourceAgency = x.Order.SourceAgency, SourceRecordId = x.Order.SourceRecordId, IngestedAt = x.Order.IngestedAt, Sealed = x.Order.Sealed,
                })),
            new("M10-b", "统计期内同一单位多次被反映性骚扰", SubjectType.Entity, DataSet<LakeHit>(),
                ["model_id", "matched_terms", "hit_date", "resolved_uscc", "resolution_confidence"],
                harassmentHits.Where(h => harassing.Contains(h.ResolvedUscc!)).Select(h => new EvidenceRow
                {
                    SubjectKey = h.ResolvedUscc!, SourceAgency = h.SourceAgency, SourceRecordId = h.SourceRecordId, IngestedAt = h.IngestedAt, Sealed = h.Sealed,
                })),
        ];
    }

    /// <summary>
    /// Each call's calendar day in China (UTC+8). Neither provider's LINQ translation turns an instant into a local
    /// date (and SQLite's cannot even compare instants), so this one expression is SQL per provider.
    /// </summary>
    private static IQueryable<CallDay> CallDays(HubDataContext data) => data.Database.IsNpgsql()
        ? data.Database.SqlQueryRaw<CallDay>("""SELECT id AS "CallId", (received_at AT TIME ZONE 'Asia/Shanghai')::date AS "Day" FROM enforcement.police_dispatch""")
        : data.Database.SqlQueryRaw<CallDay>("""SELECT id AS "CallId", date(received_at, '+8 hours') AS "Day" FROM police_dispatch""");

    /// <summary>A call's id and its day in China.</summary>
    private sealed class CallDay
    {
        public long CallId { get; init; }

        public DateOnly Day { get; init; }
    }
}
