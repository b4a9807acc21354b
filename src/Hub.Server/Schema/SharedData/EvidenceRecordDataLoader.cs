using Hub.Data.Hosting;
using Hub.GraphQL.Execution.DataLoader;
using Hub.Server.Privacy;

namespace Hub.Server.Schema.SharedData;

/// <summary>
/// Loads the shared-data rows a batch of clue evidence cites, one query per data set instead of one per evidence
/// record. The rows are shown as a shared-data read with the clue read's <paramref name="reason"/> shows them (the
/// caller's scopes decide which of their personal fields that reveals) and each batch is audited once, so, under
/// <paramref name="coordinate"/> (<c>ClueEvidence.record</c>). Sealed rows and data sets the hub does not serve as a
/// type give no row, nor do rows the caller may not see (<see cref="RowVisibility"/>).
/// </summary>
public sealed class EvidenceRecordDataLoader(
    IServiceProvider services, RequestAudit audit, Caller caller, string coordinate, string? reason, IReadOnlySet<string> selected)
    : BatchDataLoader<EvidenceReference, SharedRow?>(AmbientBatchScheduler.Instance)
{
    /// <inheritdoc />
    protected override async Task<IReadOnlyDictionary<EvidenceReference, SharedRow?>> LoadBatchAsync(IReadOnlyList<EvidenceReference> keys,
        CancellationToken cancellationToken)
    {
        var disclosure = services.GetRequiredService<DisclosurePolicy>().For(caller, reason);
        var visibility = services.GetRequiredService<RowVisibilityPolicy>().For(caller);
        await using var db = services.GetRequiredService<HubDatabase>().CreateContext();
        var found = new Dictionary<EvidenceReference, SharedRow?>();
        foreach (var group in keys.GroupBy(k => k.DataSet, StringComparer.Ordinal).Where(g => SharedDataSets.ByDataSetName.ContainsKey(g.Key)))
        {
            var wanted = group.ToHashSet();
            var rows = await SharedDataSets.ByDataSetName[group.Key].RowsByRecordIdAsync(db, visibility, [.. group.Select(k => k.SourceRecordId).Distinct(StringComparer.Ordinal)], selected, cancellationToken);
            foreach (var row in rows.Where(r => wanted.Contains(new EvidenceReference(group.Key, r.SourceAgency, r.SourceRecordId))))
            {
                found[new EvidenceReference(group.Key, row.SourceAgency, row.SourceRecordId)] = new SharedRow(row, disclosure);
            }
        }

        services.GetRequiredService<SharedDataAudit>().Record(audit, caller, coordinate,
            new Dictionary<string, object?> { ["records"] = keys.Select(k => $"{k.DataSet}/{k.SourceAgency}/{k.SourceRecordId}").ToList() },
            [.. found.Values.Select(row => row!.Record)], disclosure, selected);
        return found;
    }

    /// <summary>The served type name of a loaded row, for the <c>EvidenceRecord</c> union.</summary>
    public static string TypeName(object record) => SharedDataSets.ByRecordType[record.GetType()].Type.Name;
}
