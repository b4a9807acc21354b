using Hub.Data;
using Hub.Data.Model.Administrative;
using Hub.Data.Model.Enforcement;
using Hub.Data.Model.Lake;
using Hub.Supervision.Catalogue;

namespace Hub.Supervision.Models;

/// <summary>
/// M08 学校周边食品安全 (DOMAIN.md §3 M08): schools with food-stall complaints near the gate. The keyword rule (place
/// AND vendor, optional harm term, exclusions) runs on the lake platform, which delivers its hits (<c>lake_hit</c>,
/// model M08) positioned in <c>geo</c>. A school is a clue when, within the window, hits within the radius number at
/// least <c>minHits</c> or one names a harm, and market regulation penalised none of the organisations the hits
/// resolved to on or after the first hit. Evidence: the 12345 tickets and grid events behind the hits.
/// </summary>
public sealed class M08FoodSafetyAroundSchools : SupervisionModel
{
    /// <summary>Metres per degree of latitude (and of longitude at the equator) of the planar distance.</summary>
    private const string MetresPerDegree = "111320.0";

    public override string Id => "M08";

    public override int Version => 1;

    public override string TitleZh => "学校周边食品安全";

    public override string TitleEn => "Food safety around schools";

    public override RuleElements Elements => new("公益诉讼专项", "食品药品安全", "学校周边摊贩危害未成年人食品安全");

    public override IReadOnlyList<Type> Inputs => [typeof(School), typeof(LakeHit), typeof(HotlineTicket), typeof(GridEvent), typeof(AdministrativePenalty)];

    public override IReadOnlyList<ModelParameter> Parameters =>
    [
        new("radiusMetres", ParameterKind.Integer, "distance from a school within which a hit counts (ILLUSTRATIVE 200)") { Default = "200", Minimum = 1 },
        new("windowDays", ParameterKind.Integer, "days before the as-of date whose hits count (ILLUSTRATIVE 90)") { Default = "90", Minimum = 1 },
        new("minHits", ParameterKind.Integer, "hits near one school that make a clue (ILLUSTRATIVE 2)") { Default = "2", Minimum = 1 },
        new("harmTerms", ParameterKind.TextList, "matched terms that make one hit enough") { Default = "拉肚子|腹泻|呕吐|食物中毒|变质" },
        new("enforcementAgencies", ParameterKind.TextList, "agency kinds whose penalty on a resolved organisation counts as enforcement") { Default = "MARKET" },
    ];

    public override IReadOnlyList<LegalBasis> LegalBasis =>
    [
        new("食品安全法", "第36条", "食品摊贩等应当符合食品安全要求，县级以上地方人民政府应当加强监督管理"),
        new("未成年人保护法", "第58条", "学校周边不得设置危害未成年人身心健康的经营场所"),
        new("行政诉讼法", "第25条第4款", "食品药品安全领域行政公益诉讼"),
    ];

    public override string ResponsibleDepartment => "公益诉讼检察部门";

    public override ClueTemplate Template => new(
        "学校周边食品安全线索：{subject}",
        "截至{asOf}，学校 {subject} 周边有食品摊贩投诉（规则 {rules}），未见市场监管处罚；证据 {evidence} 条。");

    public override IReadOnlyList<ModelRule> Rules(HubDataContext data, ModelArguments arguments)
    {
        var asOf = arguments.AsOf;
        var from = asOf.AddDays(-arguments.Integer("windowDays"));
        var minHits = arguments.Integer("minHits");
        var harmTerms = arguments.Words("harmTerms");
        var agencies = arguments.Words("enforcementAgencies");
        var near = HitsNearSchools(data, arguments.Integer("radiusMetres"), from, asOf)
            .Join(data.Set<LakeHit>().Where(h => !h.Sealed), p => p.HitId, h => h.Id, (p, h) => new { p.SchoolId, Hit = h });
        var harmful = near.Where(x => harmTerms.Any(t => ("|" + x.Hit.MatchedTerms + "|").Contains("|" + t + "|"))).Select(x => x.SchoolId);
        var penalties = data.Set<AdministrativePenalty>().Where(p => !p.Sealed && p.EntityUscc != null && agencies.Contains(p.AgencyKind));

        // "decided on or after the first hit" is "on or after some hit": SQLite cannot correlate on an aggregate.
        var schools = near.GroupBy(x => x.SchoolId)
            .Where(g => g.Count() >= minHits || harmful.Contains(g.Key))
            .Select(g => g.Key)
            .Where(school => !near.Any(x => x.SchoolId == school && x.Hit.ResolvedUscc != null
                && penalties.Any(p => p.EntityUscc == x.Hit.ResolvedUscc && near.Any(first => first.SchoolId == school && first.Hit.HitDate <= p.DecisionDate))));
        var hits = near.Where(x => schools.Contains(x.SchoolId));
        string[] fields = ["lake_hit.matched_terms", "lake_hit.geo", "edu_school.geo", "admin_penalty:absent"];

        return
        [
            new("M08-a", "学校周边食品摊贩投诉（12345工单）", SubjectType.Place, DataSet<HotlineTicket>(), fields,
                hits.Join(data.Set<HotlineTicket>().Where(t => !t.Sealed), x => new { Agency = x.Hit.TextAgency, Record = x.Hit.TextRecordId }, t => new { Agency = t.SourceAgency, Record = t.SourceRecordId },
                    (x, t) => new EvidenceRow { SubjectKey = x.SchoolId, SourceAgency = t.SourceAgency, SourceRecordId = t.SourceRecordId, IngestedAt = t.IngestedAt, Sealed = t.Sealed })),
            new("M08-b", "学校周边食品摊贩投诉（网格事件）", SubjectType.Place, DataSet<GridEvent>(), fields,
                hits.Join(data.Set<GridEvent>().Where(e => !e.Sealed), x => new { Agency = x.Hit.TextAgency, Record = x.Hit.TextRecordId }, e => new { Agency = e.SourceAgency, Record = e.SourceRecordId },
                    (x, e) => new EvidenceRow { SubjectKey = x.SchoolId, SourceAgency = e.SourceAgency, SourceRecordId = e.SourceRecordId, IngestedAt = e.IngestedAt, Sealed = e.Sealed })),
        ];
    }

    /// <summary>
    /// The M08 hits of the window lying within <paramref name="radiusMetres"/> of a school, by planar distance
    /// (longitude scaled by the cosine of the school's latitude). <c>geo</c> is text (<c>lat,lon</c>) and neither
    /// provider's LINQ translation turns text into a number, so only the parsing differs per provider; the
    /// latitude band is a cheap prefilter before the cosine.
    /// </summary>
    private static IQueryable<SchoolHit> HitsNearSchools(HubDataContext data, int radiusMetres, DateOnly from, DateOnly asOf)
    {
        var (schools, hits, latitude, longitude) = data.Database.IsNpgsql()
            ? ("administrative.edu_school", "lake.lake_hit", "split_part({0}.geo, ',', 1)::float8", "split_part({0}.geo, ',', 2)::float8")
            : ("edu_school", "lake_hit", "CAST(substr({0}.geo, 1, instr({0}.geo, ',') - 1) AS REAL)", "CAST(substr({0}.geo, instr({0}.geo, ',') + 1) AS REAL)");
        var sql = $$"""
            SELECT "SchoolId", "HitId" FROM (
                SELECT s.school_id AS "SchoolId", h.id AS "HitId",
                       {{string.Format(latitude, "s")}} AS slat, {{string.Format(longitude, "s")}} AS slon,
                       {{string.Format(latitude, "h")}} AS hlat, {{string.Format(longitude, "h")}} AS hlon
                FROM {{schools}} s JOIN {{hits}} h ON h.model_id = 'M08' AND h.geo IS NOT NULL AND h.hit_date >= {0} AND h.hit_date <= {1}
                WHERE s.geo IS NOT NULL AND NOT s.sealed) pair
            WHERE abs(hlat - slat) * {{MetresPerDegree}} <= {2}
              AND ((hlat - slat) * {{MetresPerDegree}}) * ((hlat - slat) * {{MetresPerDegree}})
                + ((hlon - slon) * {{MetresPerDegree}} * cos(radians(slat))) * ((hlon - slon) * {{MetresPerDegree}} * cos(radians(slat))) <= {2} * {2}
            """;
        return data.Database.SqlQueryRaw<SchoolHit>(sql, from, asOf, (double)radiusMetres);
    }

    /// <summary>A school and a hit near it.</summary>
    private sealed class SchoolHit
    {
        public string SchoolId { get; init; } = "";

        public long HitId { get; init; }
    }
}
