using Hub.Data;
using Hub.Data.Model.Administrative;
using Hub.Data.Model.Enforcement;
using Hub.Supervision.Catalogue;

namespace Hub.Supervision.Models;

/// <summary>
/// M04 环境保护税征收 (DOMAIN.md §3 M04): enterprises penalised for taxable emissions with no environmental-tax
/// declaration for the quarter of the violation once that quarter's declaration deadline has passed; one clue per
/// enterprise and quarter. The permit and lake-hit emitters of the rule are not compared yet.
/// </summary>
public sealed class M04EnvironmentalTaxNotCollected : SupervisionModel
{
    public override string Id => "M04";

    public override int Version => 1;

    public override string TitleZh => "环境保护税征收";

    public override string TitleEn => "Uncollected environmental-protection tax";

    public override RuleElements Elements => new("公益诉讼", "国有财产保护", "环境违法企业未申报缴纳环境保护税");

    public override IReadOnlyList<Type> Inputs => [typeof(AdminPenalty), typeof(EnvTaxDeclaration)];

    public override IReadOnlyList<ModelParameter> Parameters =>
    [
        new("taxableViolations", ParameterKind.TextList, "environmental violations that show taxable emissions") { Default = "超标排放|无组织排放|扬尘|未验收投产|暗管" },
        new("declarationDays", ParameterKind.Integer, "days after a quarter's end within which its declaration is due (环境保护税法 art. 18: 15)") { Default = "15", Minimum = 0 },
    ];

    public override IReadOnlyList<LegalBasis> LegalBasis =>
    [
        new("环境保护税法", "第15条", "生态环境主管部门将环境违法和受行政处罚情况等信息定期交送税务机关"),
        new("环境保护税法", "第18条", "按季申报，自季度终了之日起15日内申报缴纳"),
    ];

    public override string ResponsibleDepartment => "公益诉讼检察部门";

    public override ClueTemplate Template => new(
        "环境保护税线索：{subject} 受环境处罚季度未申报",
        "截至{asOf}，企业 {subject} 因应税排放受到环境行政处罚，该季度未申报环境保护税（规则 {rules}）；证据 {evidence} 条。");

    public override IReadOnlyList<ModelRule> Rules(HubDataContext data, ModelArguments arguments)
    {
        var violations = arguments.Words("taxableViolations");
        var lastDue = LastQuarterDue(arguments.AsOf, arguments.Integer("declarationDays"));
        var declarations = data.Set<EnvTaxDeclaration>();
        var undeclared = data.Set<AdminPenalty>()
            .Where(p => !p.Sealed && p.AgencyKind == "ECO" && p.EntityUscc != null && violations.Contains(p.ViolationType))
            .Select(p => new { Penalty = p, Day = p.ViolationPeriodFrom ?? p.DecisionDate })
            .Select(x => new { x.Penalty, x.Day.Year, Quarter = ((x.Day.Month - 1) / 3) + 1 })
            .Where(x => (x.Year * 4) + x.Quarter - 1 <= lastDue)
            .Select(x => new { x.Penalty, Period = x.Year.ToString() + "Q" + x.Quarter.ToString() })
            .Where(x => !declarations.Any(d => d.EntityUscc == x.Penalty.EntityUscc && d.TaxPeriod == x.Period));

        return
        [
            new("M04-a", "受环境行政处罚企业违法季度未申报环境保护税", SubjectType.Entity, DataSet<AdminPenalty>(),
                ["violation_type", "violation_period_from", "env_tax_declaration:absent"],
                undeclared.Select(x => new EvidenceRow { SubjectKey = x.Penalty.EntityUscc!, Period = x.Period, SourceAgency = x.Penalty.SourceAgency, SourceRecordId = x.Penalty.SourceRecordId, IngestedAt = x.Penalty.IngestedAt, Sealed = x.Penalty.Sealed })),
        ];
    }

    /// <summary>The index (year × 4 + quarter − 1) of the latest quarter whose declaration deadline is before <paramref name="asOf"/>.</summary>
    private static int LastQuarterDue(DateOnly asOf, int declarationDays)
    {
        var current = (asOf.Year * 4) + ((asOf.Month - 1) / 3);
        var quarterStart = new DateOnly(asOf.Year, (((asOf.Month - 1) / 3) * 3) + 1, 1);
        return asOf > quarterStart.AddDays(declarationDays - 1) ? current - 1 : current - 2;
    }
}
