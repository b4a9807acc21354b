namespace Hub.Supervision.Store;

/// <summary>One source record behind a clue, enough to find the row again and to tell whether it changed since.</summary>
public sealed class ClueEvidence : IEvidenceRecord
{
    public long Id { get; set; }

    public Guid ClueId { get; set; }

    public string DataSet { get; set; } = "";

    public string SourceAgency { get; set; } = "";

    public string SourceRecordId { get; set; } = "";

    /// <summary>SHA-256 of the row's reference and the time its current version was stored.</summary>
    public string SnapshotHash { get; set; } = "";

    public string RuleId { get; set; } = "";

    /// <summary>The columns the rule tested, separated by '|'.</summary>
    public string MatchedFields { get; set; } = "";

    /// <summary>The run that added it.</summary>
    public Guid RunId { get; set; }

    /// <summary>The reference used in manifests and exports: <c>data_set/source_agency/source_record_id</c>.</summary>
    public string Reference => $"{DataSet}/{SourceAgency}/{SourceRecordId}";
}
