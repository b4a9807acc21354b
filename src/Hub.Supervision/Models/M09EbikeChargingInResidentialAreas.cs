using Hub.Data;
using Hub.Data.Model.Lake;
using Hub.Supervision.Catalogue;

namespace Hub.Supervision.Models;

/// <summary>
/// M09 居民区电动车违规充电 (DOMAIN.md §3 M09): residential compounds with at least <c>minHits</c> complaints about
/// e-bike charging within the window. The keyword rule itself runs on the lake platform, which delivers its hits
/// (<c>lake_hit</c>, model M09) pointing at the 12345 tickets; a resolved ticket gets no hit. Evidence: the tickets.
/// </summary>
public sealed class M09EbikeChargingInResidentialAreas : SupervisionModel
{
    public override string Id => "M09";

    public override int Version => 1;

    public override string TitleZh => "居民区电动车违规充电";

    public override string TitleEn => "Illegal e-bike charging in residential areas";

    public override RuleElements Elements => new("公共安全专项", "安全生产/消防", "居民区电动车违规充电");

    public override IReadOnlyList<Type> Inputs => [typeof(LakeHit), typeof(HotlineTicket)];

    public override IReadOnlyList<ModelParameter> Parameters =>
    [
        new("minHits", ParameterKind.Integer, "complaints about one compound that make a clue (ILLUSTRATIVE 5)") { Default = "5", Minimum = 1 },
        new("windowDays", ParameterKind.Integer, "days before the as-of date whose complaints count (ILLUSTRATIVE 90)") { Default = "90", Minimum = 1 },
    ];

    public override IReadOnlyList<LegalBasis> LegalBasis =>
    [
        new("消防法", "第28条", "不得占用、堵塞、封闭疏散通道、安全出口"),
        new("高层民用建筑消防安全管理规定", "第37条", "禁止在楼道、楼梯间等公共区域为电动自行车充电"),
    ];

    public override string ResponsibleDepartment => "公益诉讼检察部门";

    public override ClueTemplate Template => new(
        "电动车违规充电线索：{subject}",
        "截至{asOf}，{subject} 在统计期内有多件电动车违规充电投诉（规则 {rules}）；证据 {evidence} 条。");

    public override IReadOnlyList<ModelRule> Rules(HubDataContext data, ModelArguments arguments)
    {
        var asOf = arguments.AsOf;
        var from = asOf.AddDays(-arguments.Integer("windowDays"));
        var minHits = arguments.Integer("minHits");
        var hits = data.Set<LakeHit>().Where(h => !h.Sealed && h.ModelId == "M09" && h.TextDataSet == "hotline_ticket"
            && h.ResolvedAddress != null && h.HitDate >= from && h.HitDate <= asOf);
        var compounds = hits.GroupBy(h => h.ResolvedAddress)
            .Where(g => g.Select(h => h.TextRecordId).Distinct().Count() >= minHits)
            .Select(g => g.Key);
        var evidence = hits.Where(h => compounds.Contains(h.ResolvedAddress))
            .Join(data.Set<HotlineTicket>().Where(t => !t.Sealed), h => new { Agency = h.TextAgency, Record = h.TextRecordId }, t => new { Agency = t.SourceAgency, Record = t.SourceRecordId },
                (h, t) => new EvidenceRow { SubjectKey = h.ResolvedAddress!, SourceAgency = t.SourceAgency, SourceRecordId = t.SourceRecordId, IngestedAt = t.IngestedAt, Sealed = t.Sealed });

        return
        [
            new("M09-a", "同一小区统计期内电动车违规充电投诉达到条数", SubjectType.Place, DataSet<HotlineTicket>(),
                ["content:电动车、充电、楼道", "address", "received_at"], evidence),
        ];
    }
}
