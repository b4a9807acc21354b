namespace Hub.Data.Model.Shared;

/// <summary>
/// An organisation, the entity every domain refers to by unified social credit code. Rows are derived from the
/// valid codes that imports see; the region and entity type come from the code itself (GB 32100).
/// </summary>
public sealed class Organization
{
    /// <summary>The canonical 18-character unified social credit code.</summary>
    [MaxLength(18)]
    public string Uscc { get; set; } = "";

    /// <summary>Registration authority and entity type (positions 1–2, e.g. 91 enterprise, 12 public institution).</summary>
    [MaxLength(2)]
    public string EntityTypeCode { get; set; } = "";

    /// <summary>GB/T 2260 code of the registering authority (positions 3–8).</summary>
    [MaxLength(6)]
    public string RegionCode { get; set; } = "";
}
