namespace Hub.Data.Model.Lake;

/// <summary>
/// A keyword-rule hit on a free-text record (DOMAIN.md §2.4 <c>lake_hit</c>, §5): which rule version of which model
/// matched which terms where, and the entity and place the hit resolved to. DOMAIN's <c>source_table</c> and
/// <c>source_record_id</c> of the hit text are <see cref="TextDataSet"/>, <see cref="TextAgency"/> and
/// <see cref="TextRecordId"/> here, because every row's own provenance already uses those names.
/// </summary>
[DataSet("lake_hit", Schemas.Lake, SensitivityLevel.L3)]
[Index(nameof(ModelId), nameof(HitDate))]
[Index(nameof(TextDataSet), nameof(TextAgency), nameof(TextRecordId))]
[Index(nameof(ResolvedUscc))]
public sealed class LakeHit : SharedRecord
{
    [MaxLength(64)]
    public string HitId { get; set; } = "";

    /// <summary>The keyword model (M08, M09, M10 …).</summary>
    [MaxLength(32)]
    public string ModelId { get; set; } = "";

    public short RuleVersion { get; set; }

    /// <summary>Data set of the text that matched (<c>hotline_ticket</c>, <c>grid_event</c> …).</summary>
    [MaxLength(64)]
    public string TextDataSet { get; set; } = "";

    /// <summary>Source agency of the text record.</summary>
    [MaxLength(32)]
    public string TextAgency { get; set; } = "";

    /// <summary>Source record id of the text record.</summary>
    [MaxLength(64)]
    public string TextRecordId { get; set; } = "";

    /// <summary>The column that matched (<c>content</c>, <c>description</c> …).</summary>
    [MaxLength(64)]
    public string? TextField { get; set; }

    /// <summary>Matched terms, separated by '|'.</summary>
    [MaxLength(512)]
    public string MatchedTerms { get; set; } = "";

    /// <summary>Character offsets of the matches as <c>start:length</c>, in term order, separated by '|' (evidence highlighting).</summary>
    [MaxLength(512)]
    public string? Offsets { get; set; }

    public DateOnly HitDate { get; set; }

    /// <summary>Organisation the hit resolved to, when one was named.</summary>
    [KeyColumn(KeyKind.CreditCode), MaxLength(32)]
    public string? ResolvedUscc { get; set; }

    /// <summary>Quality of the resolved organisation key.</summary>
    public KeyQuality ResolvedUsccQuality { get; set; }

    /// <summary>Normalised address (e.g. the residential compound) the hit resolved to.</summary>
    [MaxLength(256)]
    public string? ResolvedAddress { get; set; }

    /// <summary>WGS-84 position of the resolved place as <c>latitude,longitude</c> in decimal degrees.</summary>
    [MaxLength(32)]
    public string? Geo { get; set; }

    /// <summary>Confidence of the address/entity resolution, 0–1.</summary>
    public decimal? ResolutionConfidence { get; set; }
}
