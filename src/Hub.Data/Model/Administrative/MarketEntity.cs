namespace Hub.Data.Model.Administrative;

/// <summary>A registered market entity (市场主体) by unified social credit code.</summary>
[DataSet("market_entity", Schemas.Administrative, SensitivityLevel.L1)]
[Index(nameof(Uscc))]
[Index(nameof(Name))]
public sealed class MarketEntity : SharedRecord
{
    [KeyColumn(KeyKind.CreditCode, required: true), MaxLength(32)]
    public string Uscc { get; set; } = "";

    public KeyQuality UsccQuality { get; set; }

    [MaxLength(128)]
    public string Name { get; set; } = "";

    [KeyColumn(KeyKind.CitizenId), MaxLength(32)]
    public string? LegalRepIdNumber { get; set; }

    public KeyQuality LegalRepIdNumberQuality { get; set; }

    [MaxLength(256)]
    public string? Address { get; set; }

    [MaxLength(16)]
    public string Status { get; set; } = "";

    public DateOnly? RegisteredDate { get; set; }
}
