using Hub.Supervision.Catalogue;
using Hub.Supervision.Store;

namespace Hub.Supervision.Running;

/// <summary>A clue as a model finds it, before it is stored: the subject and its evidence records.</summary>
public sealed record ClueCandidate(SubjectType SubjectType, string SubjectKey, string Period, IReadOnlyList<CandidateEvidence> Evidence)
{
    /// <summary>The rule ids that hit, in rule order.</summary>
    public string RuleIds => string.Join('|', Evidence.Select(e => e.RuleId).Distinct());
}

/// <summary>One evidence record of a candidate.</summary>
public sealed record CandidateEvidence(string RuleId, string DataSet, string SourceAgency, string SourceRecordId, string SnapshotHash,
    string MatchedFields, bool Sealed) : IEvidenceRecord
{
    /// <summary><c>data_set/source_agency/source_record_id</c>.</summary>
    public string Reference => $"{DataSet}/{SourceAgency}/{SourceRecordId}";
}
