namespace Hub.Data.Model.Administrative;

/// <summary>A registered death (死亡登记: household-registration cancellation or civil-affairs cremation record).</summary>
[DataSet("death_registry", Schemas.Administrative, SensitivityLevel.L3)]
[Index(nameof(IdNumber))]
public sealed class DeathRegistration : SharedRecord
{
    [KeyColumn(KeyKind.CitizenId, required: true), MaxLength(32)]
    public string IdNumber { get; set; } = "";

    public KeyQuality IdNumberQuality { get; set; }

    public DateOnly DeathDate { get; set; }

    /// <summary>户籍注销 (police) or 火化 (civil affairs).</summary>
    [MaxLength(16)]
    public string RecordKind { get; set; } = "";

    /// <summary>When the registering agency recorded it.</summary>
    public DateOnly? RegisteredDate { get; set; }
}
