using Hub.Supervision.Store;

namespace Hub.Server.Schema.Supervision;

/// <summary>An evidence record of a clue or of a dry run's candidate, as GraphQL serves it.</summary>
public sealed record ClueEvidenceNode(string DataSet, string SourceAgency, string SourceRecordId, string SnapshotHash, string RuleId, IReadOnlyList<string> MatchedFields)
{
    /// <summary>Evidence records in reference order (data set, agency, record id).</summary>
    public static IReadOnlyList<ClueEvidenceNode> Of(IEnumerable<IEvidenceRecord> evidence) => evidence
        .Select(e => new ClueEvidenceNode(e.DataSet, e.SourceAgency, e.SourceRecordId, e.SnapshotHash, e.RuleId, e.MatchedFields.Split('|')))
        .OrderBy(e => e.DataSet, StringComparer.Ordinal).ThenBy(e => e.SourceAgency, StringComparer.Ordinal).ThenBy(e => e.SourceRecordId, StringComparer.Ordinal)
        .ToList();
}
