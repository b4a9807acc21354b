namespace Hub.Data.Model.Administrative;

/// <summary>
/// An entry of a household-based support registry: one person, by citizen ID number, in a household. The registries
/// differ only in what they record about the support itself.
/// </summary>
public abstract class HouseholdRegistryEntry : SharedRecord
{
    [KeyColumn(KeyKind.CitizenId, required: true), MaxLength(32)]
    public string IdNumber { get; set; } = "";

    public KeyQuality IdNumberQuality { get; set; }

    [MaxLength(64)]
    public string? HouseholdId { get; set; }
}
