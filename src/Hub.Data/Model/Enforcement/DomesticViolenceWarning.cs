namespace Hub.Data.Model.Enforcement;

/// <summary>A written domestic-violence warning (家庭暴力告诫书, 反家庭暴力法 art. 16) the police issued to an abuser.</summary>
[DataSet("dv_warning", Schemas.Enforcement, SensitivityLevel.L4)]
[Index(nameof(AbuserIdNumber), nameof(IssuedDate))]
public sealed class DomesticViolenceWarning : SharedRecord
{
    [MaxLength(64)]
    public string WarningNo { get; set; } = "";

    [KeyColumn(KeyKind.CitizenId, required: true), MaxLength(32)]
    public string AbuserIdNumber { get; set; } = "";

    public KeyQuality AbuserIdNumberQuality { get; set; }

    [KeyColumn(KeyKind.CitizenId), MaxLength(32)]
    public string? VictimIdNumber { get; set; }

    public KeyQuality VictimIdNumberQuality { get; set; }

    public DateOnly IssuedDate { get; set; }

    /// <summary>The issuing police station.</summary>
    [MaxLength(32)]
    public string? IssuingUnit { get; set; }
}
