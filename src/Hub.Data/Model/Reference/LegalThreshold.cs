namespace Hub.Data.Model.Reference;

/// <summary>Reference: a legal threshold by topic, region prefix and validity period (thresholds are data, never code).</summary>
[DataSet("legal_threshold", Schemas.Shared, SensitivityLevel.L1)]
[Index(nameof(Topic), nameof(RegionPrefix), nameof(ValidFrom))]
public sealed class LegalThreshold : SharedRecord
{
    /// <summary>E.g. 盗窃-数额较大.</summary>
    [MaxLength(64)]
    public string Topic { get; set; } = "";

    /// <summary>Region-code prefix it applies to, e.g. 43 for Hunan.</summary>
    [MaxLength(6)]
    public string RegionPrefix { get; set; } = "";

    public decimal Value { get; set; }

    [MaxLength(16)]
    public string Unit { get; set; } = "";

    public DateOnly ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }

    [MaxLength(256)]
    public string LegalSource { get; set; } = "";

    [MaxLength(512)]
    public string? SourceUrl { get; set; }
}
