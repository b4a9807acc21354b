namespace Hub.Data.Model.Administrative;

/// <summary>A quarterly environmental-protection-tax declaration (环境保护税).</summary>
[DataSet("env_tax_declaration", Schemas.Administrative, SensitivityLevel.L3)]
[Index(nameof(EntityUscc), nameof(TaxPeriod))]
public sealed class EnvironmentalTaxDeclaration : SharedRecord
{
    [KeyColumn(KeyKind.CreditCode, required: true), MaxLength(32)]
    public string EntityUscc { get; set; } = "";

    public KeyQuality EntityUsccQuality { get; set; }

    /// <summary>Quarter, e.g. 2024Q3.</summary>
    [MaxLength(6)]
    public string TaxPeriod { get; set; } = "";

    /// <summary>大气, 水, 固体废物 or 噪声.</summary>
    [MaxLength(16)]
    public string PollutantCategory { get; set; } = "";

    [Precision(18, 4)]
    public decimal? TaxableUnits { get; set; }

    public decimal TaxDue { get; set; }

    public decimal TaxPaid { get; set; }

    public DateOnly DeclaredDate { get; set; }
}
