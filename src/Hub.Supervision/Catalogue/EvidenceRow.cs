namespace Hub.Supervision.Catalogue;

/// <summary>What a rule's query returns per hit: the subject and the source row that is its evidence.</summary>
public sealed class EvidenceRow
{
    /// <summary>Citizen id, credit code or case number of the subject.</summary>
    public string SubjectKey { get; init; } = "";

    /// <summary>The period the clue is about (empty when a subject has one clue whatever the date).</summary>
    public string Period { get; init; } = "";

    /// <summary>The evidence row's delivering agency.</summary>
    public string SourceAgency { get; init; } = "";

    /// <summary>The evidence row's id in the agency's system.</summary>
    public string SourceRecordId { get; init; } = "";

    /// <summary>When the hub stored the row's current version: part of the snapshot hash.</summary>
    public DateTimeOffset IngestedAt { get; init; }

    /// <summary>The row is a sealed juvenile record.</summary>
    public bool Sealed { get; init; }
}
