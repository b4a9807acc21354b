using Hub.GraphQL.Execution.DataLoader;
using Hub.GraphQL.Types.Resolvers;
using Hub.Server.Privacy;
using Hub.Server.Schema.SharedData;
using Hub.Supervision.Store;

namespace Hub.Server.Schema.Supervision;

/// <summary>
/// An evidence record of a clue or of a dry run's candidate, as GraphQL serves it; <paramref name="Disclosure"/> is the
/// clue read's, whose reason the cited row is read with.
/// </summary>
public sealed record ClueEvidenceNode(string DataSet, string SourceAgency, string SourceRecordId, string SnapshotHash, string RuleId,
    IReadOnlyList<string> MatchedFields, Disclosure Disclosure)
{
    /// <summary>Evidence records in reference order (data set, agency, record id).</summary>
    public static IReadOnlyList<ClueEvidenceNode> Of(IEnumerable<IEvidenceRecord> evidence, Disclosure disclosure) => evidence
        .Select(e => new ClueEvidenceNode(e.DataSet, e.SourceAgency, e.SourceRecordId, e.SnapshotHash, e.RuleId, e.MatchedFields.Split('|'), disclosure))
        .OrderBy(e => e.DataSet, StringComparer.Ordinal).ThenBy(e => e.SourceAgency, StringComparer.Ordinal).ThenBy(e => e.SourceRecordId, StringComparer.Ordinal)
        .ToList();

    /// <summary>The shared-data row it cites, batched per request and audited as <c>ClueEvidence.record</c>; null when sealed, gone or not served.</summary>
    public static async ValueTask<object?> RecordAsync(IResolverContext context) => await CitedRowAsync(context, SelectedFields.Of(context));

    /// <summary>The fields of the cited row its rule tested, masked as the row is (<see cref="EvidenceExcerpt"/>); audited as <c>ClueEvidence.excerpt</c>.</summary>
    public static async ValueTask<object?> ExcerptAsync(IResolverContext context) =>
        await CitedRowAsync(context, EvidenceExcerpt.Shown(context.GetParent<ClueEvidenceNode>())) is { } row
            ? EvidenceExcerpt.Of(context.Schema, row, context.GetParent<ClueEvidenceNode>().MatchedFields)
            : [];

    private static Task<SharedRow?> CitedRowAsync(IResolverContext context, IReadOnlySet<string> selected)
    {
        var evidence = context.GetParent<ClueEvidenceNode>();
        var coordinate = $"{context.ObjectType.Name}.{context.Field.Name}";
        var loader = context.DataLoader(evidence.Disclosure.BatchName(coordinate, selected),
            request => new EvidenceRecordDataLoader(request.Services, RequestAudit.Of(request), request.Caller(), coordinate, evidence.Disclosure.Reason, selected));
        return loader.LoadAsync(new EvidenceReference(evidence.DataSet, evidence.SourceAgency, evidence.SourceRecordId), context.RequestAborted);
    }
}
