namespace Hub.Data.Model.Administrative;

/// <summary>A civil-affairs assistance entry (低保, 特困, 低保边缘, 困境儿童).</summary>
[DataSet("assistance_roster", Schemas.Administrative, SensitivityLevel.L4)]
[Index(nameof(IdNumber))]
public sealed class SocialAssistanceEntry : HouseholdRegistryEntry
{
    [MaxLength(16)]
    public string AssistanceType { get; set; } = "";

    public DateOnly ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }
}
