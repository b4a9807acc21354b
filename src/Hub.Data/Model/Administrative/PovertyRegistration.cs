namespace Hub.Data.Model.Administrative;

/// <summary>A rural poverty-registry entry (脱贫户, 脱贫不稳定户, 边缘易致贫户 …).</summary>
[DataSet("poverty_registry", Schemas.Administrative, SensitivityLevel.L4)]
[Index(nameof(IdNumber))]
public sealed class PovertyRegistration : HouseholdRegistryEntry
{
    [MaxLength(16)]
    public string Status { get; set; } = "";
}
