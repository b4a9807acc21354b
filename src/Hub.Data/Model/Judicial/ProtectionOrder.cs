namespace Hub.Data.Model.Judicial;

/// <summary>
/// A personal-safety protection order (人身安全保护令, 反家庭暴力法 arts 23-32) a court issued against a respondent,
/// in force from its issue to <see cref="ValidTo"/> (at most six months, art. 30).
/// </summary>
[DataSet("protection_order", Schemas.Judicial, SensitivityLevel.L4)]
[Index(nameof(RespondentIdNumber), nameof(IssuedDate))]
public sealed class ProtectionOrder : SharedRecord
{
    [MaxLength(64)]
    public string OrderNo { get; set; } = "";

    [MaxLength(16)]
    public string CourtCode { get; set; } = "";

    /// <summary>The person the order protects.</summary>
    [KeyColumn(KeyKind.CitizenId), MaxLength(32)]
    public string? ApplicantIdNumber { get; set; }

    public KeyQuality ApplicantIdNumberQuality { get; set; }

    /// <summary>The person the order restrains.</summary>
    [KeyColumn(KeyKind.CitizenId, required: true), MaxLength(32)]
    public string RespondentIdNumber { get; set; } = "";

    public KeyQuality RespondentIdNumberQuality { get; set; }

    public DateOnly IssuedDate { get; set; }

    /// <summary>The last day the order is in force.</summary>
    public DateOnly ValidTo { get; set; }
}
