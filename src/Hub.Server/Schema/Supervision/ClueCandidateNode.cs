using Hub.GraphQL.Types.Resolvers;
using Hub.Server.Schema.SharedData;
using Hub.Supervision.Catalogue;
using Hub.Supervision.Running;

namespace Hub.Server.Schema.Supervision;

/// <summary>A hit of a dry run (<c>SupervisionModel.matches</c>) as GraphQL serves it: the clue a run would store, not stored.</summary>
public sealed class ClueCandidateNode(SupervisionModelMatch match, Disclosure disclosure)
{
    private readonly ClueCandidate _candidate = match.Candidate;

    /// <summary>The personal field of a candidate, for the disclosure policy and the scope catalogue.</summary>
    public static PersonalField SubjectKeyField { get; } = new("ClueCandidate", "subjectKey", PersonalDataKind.IdNumber);

    public SubjectType SubjectType => _candidate.SubjectType;

    public string SubjectKey => disclosure.Show(SubjectKeyField.Coordinate, _candidate.SubjectKey, key => SubjectMask.Mask(_candidate.SubjectType, key))!;

    public string Period => _candidate.Period;

    public IReadOnlyList<string> RuleIds => _candidate.RuleIds.Split('|');

    public string Title => ClueTemplate.Fill(match.Model.Template.Title, SubjectMask.Mask(_candidate.SubjectType, _candidate.SubjectKey),
        _candidate.Evidence.Count, _candidate.RuleIds, match.AsOf);

    public int Score => _candidate.Evidence.Count;

    public IReadOnlyList<ClueEvidenceNode> Evidence => ClueEvidenceNode.Of(_candidate.Evidence, disclosure);

    /// <summary>The person or organisation the candidate is about (<c>ClueCandidate.person</c>, <c>ClueCandidate.organization</c>).</summary>
    public static ValueTask<object?> SubjectAsync(IResolverContext context) => context.GetParent<ClueCandidateNode>().LinkSubjectAsync(context);

    private ValueTask<object?> LinkSubjectAsync(IResolverContext context) =>
        ClueSubjectLink.ResolveAsync(context, _candidate.SubjectType, _candidate.SubjectKey, disclosure.Reason);
}
