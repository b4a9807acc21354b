namespace Hub.Data.Model.Administrative;

/// <summary>A civil-affairs assistance entry (低保, 特困, 低保边缘, 困境儿童).</summary>
[DataSet("assistance_roster", Schemas.Administrative, SensitivityLevel.L4)]
[Index(nameof(IdNumber))]
public sealed class AssistanceRosterEntry : SharedRecord
{
    [KeyColumn(KeyKind.CitizenId, required: true), MaxLength(32)]
    public string IdNumber { get; set; } = "";

    public KeyQuality IdNumberQuality { get; set; }

    [MaxLength(64)]
    public string? HouseholdId { get; set; }

    [MaxLength(16)]
    public string AssistanceType { get; set; } = "";

    public DateOnly ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }
}
