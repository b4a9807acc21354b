namespace Hub.Data.Model.Administrative;

/// <summary>A disabled-person registry entry (残疾人证).</summary>
[DataSet("disability_registry", Schemas.Administrative, SensitivityLevel.L4)]
[Index(nameof(IdNumber))]
public sealed class DisabilityRegistration : SharedRecord
{
    [KeyColumn(KeyKind.CitizenId, required: true), MaxLength(32)]
    public string IdNumber { get; set; } = "";

    public KeyQuality IdNumberQuality { get; set; }

    [MaxLength(32)]
    public string? CertificateNo { get; set; }

    /// <summary>1 visual … 7 multiple.</summary>
    public short DisabilityCategory { get; set; }

    /// <summary>1 (most severe) … 4.</summary>
    public short DisabilityGrade { get; set; }
}
