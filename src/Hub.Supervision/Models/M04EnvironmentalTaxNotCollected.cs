using Hub.Data;
using Hub.Data.Model.Administrative;
using Hub.Data.Model.Enforcement;
using Hub.Data.Model.Lake;
using Hub.Supervision.Catalogue;

namespace Hub.Supervision.Models;

/// <summary>
/// M04 环境保护税征收 (DOMAIN.md §3 M04): enterprises penalised for taxable emissions with no environmental-tax
/// declaration for the quarter of the violation once that quarter's declaration deadline has passed; one clue per
/// enterprise and quarter. (b) Holders of a discharge permit in force during one of the last due quarters with no
/// declaration for it. (c) Enterprises the lake's keyword rules (lake_hit of model M04, resolved confidently to a
/// credit code) name as emitting in a due quarter with no declaration for it. Statutory exemptions are not checked.
/// </summary>
public sealed class M04EnvironmentalTaxNotCollected : SupervisionModel
{
    public override string Id => "M04";

    public override int Version => 2;

    public override string TitleZh => "环境保护税征收";

    public override string TitleEn => "Uncollected environmental-protection tax";

    public override RuleElements Elements => new("公益诉讼", "国有财产保护", "环境违法企业未申报缴纳环境保护税");

    public override IReadOnlyList<Type> Inputs => [typeof(AdministrativePenalty), typeof(DischargePermit), typeof(LakeHit), typeof(EnvironmentalTaxDeclaration)];

    public override IReadOnlyList<ModelParameter> Parameters =>
    [
        new("taxableViolations", ParameterKind.TextList, "environmental violations that show taxable emissions") { Default = "超标排放|无组织排放|扬尘|未验收投产|暗管" },
        new("declarationDays", ParameterKind.Integer, "days after a quarter's end within which its declaration is due (环境保护税法 art. 18: 15)") { Default = "15", Minimum = 0 },
        new("permitQuarters", ParameterKind.Integer, "how many of the latest due quarters a permit holder's declarations are checked for") { Default = "4", Minimum = 1, Maximum = 12 },
        new("permitStatuses", ParameterKind.TextList, "permit statuses that mean the permit is in force") { Default = "有效" },
        new("minLakeConfidence", ParameterKind.Decimal, "least confidence of a lake hit's resolution to a credit code (ILLUSTRATIVE 0.8)") { Default = "0.8", Minimum = 0, Maximum = 1 },
    ];

    public override IReadOnlyList<LegalBasis> LegalBasis =>
    [
        new("环境保护税法", "第15条", "生态环境主管部门将环境违法和受行政处罚情况等信息定期交送税务机关"),
        new("环境保护税法", "第18条", "按季申报，自季度终了之日起15日内申报缴纳"),
        new("环境保护税法", "第2条", "直接向环境排放应税污染物的企业事业单位和其他生产经营者为纳税人"),
    ];

    public override string ResponsibleDepartment => "公益诉讼检察部门";

    public override ClueTemplate Template => new(
        "环境保护税线索：{subject} 排污季度未申报",
        "截至{asOf}，企业 {subject} 有应税排放的证据（环境行政处罚、排污许可或群众反映），该季度未申报环境保护税（规则 {rules}）；证据 {evidence} 条。");

    public override IReadOnlyList<ModelRule> Rules(HubDataContext data, ModelArguments arguments)
    {
        var violations = arguments.Words("taxableViolations");
        var lastDue = LastQuarterDue(arguments.AsOf, arguments.Integer("declarationDays"));
        var declarations = data.Set<EnvironmentalTaxDeclaration>();
        var undeclared = data.Set<AdministrativePenalty>()
            .Where(p => !p.Sealed && p.AgencyKind == "ECO" && p.EntityUscc != null && violations.Contains(p.ViolationType))
            .Select(p => new { Penalty = p, Day = p.ViolationPeriodFrom ?? p.DecisionDate })
            .Select(x => new { x.Penalty, x.Day.Year, Quarter = ((x.Day.Month - 1) / 3) + 1 })
            .Where(x => (x.Year * 4) + x.Quarter - 1 <= lastDue)
            .Select(x => new { x.Penalty, Period = x.Year.ToString() + "Q" + x.Quarter.ToString() })
            .Where(x => !declarations.Any(d => d.EntityUscc == x.Penalty.EntityUscc && d.TaxPeriod == x.Period));

        var statuses = arguments.Words("permitStatuses");
        var permits = data.Set<DischargePermit>().Where(p => !p.Sealed && statuses.Contains(p.Status));
        var undeclaredPermits = DueQuarters(lastDue, arguments.Integer("permitQuarters"))
            .Select(q => permits.Where(p => p.ValidFrom <= q.End && (p.ValidTo == null || p.ValidTo >= q.Start)
                    && !declarations.Any(d => d.EntityUscc == p.EntityUscc && d.TaxPeriod == q.Period))
                .Select(p => new EvidenceRow { SubjectKey = p.EntityUscc, Period = q.Period, SourceAgency = p.SourceAgency, SourceRecordId = p.SourceRecordId, IngestedAt = p.IngestedAt, Sealed = p.Sealed }))
            .Aggregate(Queryable.Concat);

        var confidence = arguments.Number("minLakeConfidence");
        var undeclaredHits = data.Set<LakeHit>()
            .Where(h => !h.Sealed && h.ModelId == "M04" && h.ResolvedUscc != null && h.ResolutionConfidence >= confidence)
            .Select(h => new { Hit = h, h.HitDate.Year, Quarter = ((h.HitDate.Month - 1) / 3) + 1 })
            .Where(x => (x.Year * 4) + x.Quarter - 1 <= lastDue)
            .Select(x => new { x.Hit, Period = x.Year.ToString() + "Q" + x.Quarter.ToString() })
            .Where(x => !declarations.Any(d => d.EntityUscc == x.Hit.ResolvedUscc && d.TaxPeriod == x.Period));

        return
        [
            new("M04-a", "受环境行政处罚企业违法季度未申报环境保护税", SubjectType.Entity, DataSet<AdministrativePenalty>(),
                ["violation_type", "violation_period_from", "env_tax_declaration:absent"],
                undeclared.Select(x => new EvidenceRow { SubjectKey = x.Penalty.EntityUscc!, Period = x.Period, SourceAgency = x.Penalty.SourceAgency, SourceRecordId = x.Penalty.SourceRecordId, IngestedAt = x.Penalty.IngestedAt, Sealed = x.Penalty.Sealed })),
            new("M04-b", "排污许可有效期内的季度未申报环境保护税", SubjectType.Entity, DataSet<DischargePermit>(),
                ["status", "valid_from", "valid_to", "env_tax_declaration:absent"], undeclaredPermits),
            new("M04-c", "群众反映排污的企业该季度未申报环境保护税", SubjectType.Entity, DataSet<LakeHit>(),
                ["model_id", "resolved_uscc", "resolution_confidence", "hit_date", "env_tax_declaration:absent"],
                undeclaredHits.Select(x => new EvidenceRow { SubjectKey = x.Hit.ResolvedUscc!, Period = x.Period, SourceAgency = x.Hit.SourceAgency, SourceRecordId = x.Hit.SourceRecordId, IngestedAt = x.Hit.IngestedAt, Sealed = x.Hit.Sealed })),
        ];
    }

    /// <summary>The <paramref name="count"/> latest quarters up to index <paramref name="lastDue"/>, with their first and last days and tax_period.</summary>
    private static IEnumerable<(DateOnly Start, DateOnly End, string Period)> DueQuarters(int lastDue, int count) =>
        Enumerable.Range(lastDue - count + 1, count).Select(index =>
        {
            var start = new DateOnly(index / 4, ((index % 4) * 3) + 1, 1);
            return (start, start.AddMonths(3).AddDays(-1), $"{index / 4}Q{(index % 4) + 1}");
        });

    /// <summary>The index (year × 4 + quarter − 1) of the latest quarter whose declaration deadline is before <paramref name="asOf"/>.</summary>
    private static int LastQuarterDue(DateOnly asOf, int declarationDays)
    {
        var current = (asOf.Year * 4) + ((asOf.Month - 1) / 3);
        var quarterStart = new DateOnly(asOf.Year, (((asOf.Month - 1) / 3) * 3) + 1, 1);
        return asOf > quarterStart.AddDays(declarationDays - 1) ? current - 1 : current - 2;
    }
}
