namespace Hub.Data.Model;

/// <summary>
/// The provenance every shared row carries (DOMAIN.md §2.4): which agency delivered it under which record id,
/// when it was ingested, its classification level and whether it is a sealed juvenile record.
/// </summary>
public abstract class SharedRecord
{
    /// <summary>Surrogate key inside the hub.</summary>
    public long Id { get; set; }

    /// <summary>Code of the delivering agency (e.g. <c>PSB</c>, <c>ECO</c>, <c>COURT</c>).</summary>
    [MaxLength(32)]
    public string SourceAgency { get; set; } = "";

    /// <summary>The record's id in the agency's own system; unique per agency, the upsert key of every import.</summary>
    [MaxLength(64)]
    public string SourceRecordId { get; set; } = "";

    /// <summary>When the hub last stored a changed version of the row.</summary>
    public DateTimeOffset IngestedAt { get; set; }

    /// <summary>Classification level (DOMAIN.md §6.2-8).</summary>
    public SensitivityLevel SensitivityLevel { get; set; }

    /// <summary>A sealed minors' criminal record (刑诉法 art. 286): excluded from models without a lawful basis.</summary>
    public bool Sealed { get; set; }
}
