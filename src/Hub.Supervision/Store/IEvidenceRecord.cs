namespace Hub.Supervision.Store;

/// <summary>What a source record behind a clue is, whether stored with the clue or only found by a dry run.</summary>
public interface IEvidenceRecord
{
    /// <summary>The data set, e.g. <c>admin_penalty</c>.</summary>
    string DataSet { get; }

    /// <summary>The delivering agency.</summary>
    string SourceAgency { get; }

    /// <summary>The record's id in the agency's system.</summary>
    string SourceRecordId { get; }

    /// <summary>SHA-256 of the row's reference and the time its current version was stored.</summary>
    string SnapshotHash { get; }

    /// <summary>The rule that hit.</summary>
    string RuleId { get; }

    /// <summary>The columns the rule tested, separated by '|'.</summary>
    string MatchedFields { get; }
}
