namespace Hub.Data.Model.Administrative;

/// <summary>A pollutant discharge permit (排污许可).</summary>
[DataSet("discharge_permit", Schemas.Administrative, SensitivityLevel.L2)]
[Index(nameof(EntityUscc))]
public sealed class DischargePermit : SharedRecord
{
    [MaxLength(64)]
    public string PermitNo { get; set; } = "";

    [KeyColumn(KeyKind.CreditCode, required: true), MaxLength(32)]
    public string EntityUscc { get; set; } = "";

    public KeyQuality EntityUsccQuality { get; set; }

    [MaxLength(16)]
    public string? IndustryCode { get; set; }

    /// <summary>Pollutants separated by '|'.</summary>
    [MaxLength(256)]
    public string? Pollutants { get; set; }

    public DateOnly ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }

    [MaxLength(16)]
    public string Status { get; set; } = "";
}
