namespace Hub.Data.Model;

/// <summary>
/// The provenance every shared row carries (DOMAIN.md §2.4): which agency delivered it under which record id,
/// when it was ingested, its classification level and whether it is a sealed juvenile record.
/// </summary>
public abstract class SharedRecord
{
    /// <summary>Surrogate key inside the hub.</summary>
    public long Id { get; set; }

    /// <summary>Directory code of the delivering agency (e.g. <c>PSB-430281</c>): the owner of the row.</summary>
    [MaxLength(32)]
    public string SourceAgency { get; set; } = "";

    /// <summary>The record's id in the agency's own system; unique per agency, the upsert key of every import.</summary>
    [MaxLength(64)]
    public string SourceRecordId { get; set; } = "";

    /// <summary>
    /// GB/T 2260 code of the region the record belongs to (at most the delivering agency's region); region-bound
    /// scopes see the row only from an agency of this region or of one containing it. Empty: no region-bound read sees it.
    /// </summary>
    [MaxLength(12)]
    public string RegionCode { get; set; } = "";

    /// <summary>When the hub last stored a changed version of the row.</summary>
    public DateTimeOffset IngestedAt { get; set; }

    /// <summary>Classification level (DOMAIN.md §6.2-8).</summary>
    public SensitivityLevel SensitivityLevel { get; set; }

    /// <summary>A sealed minors' criminal record (刑诉法 art. 286): excluded from models without a lawful basis.</summary>
    public bool Sealed { get; set; }
}
