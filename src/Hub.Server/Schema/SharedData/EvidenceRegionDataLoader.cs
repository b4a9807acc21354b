using Hub.Data.Hosting;
using Hub.GraphQL.Execution.DataLoader;

namespace Hub.Server.Schema.SharedData;

/// <summary>
/// Loads the regions of the rows a batch of clue evidence cites, one query per data set: a clue is in its reader's
/// region, but a run that read every region (run from the command line, or before runs were bound to their region)
/// may have stored evidence from others. A reference to no row, or to a data set the hub does not serve, has no region.
/// </summary>
public sealed class EvidenceRegionDataLoader(HubDatabase database) : BatchDataLoader<EvidenceReference, string?>(AmbientBatchScheduler.Instance)
{
    /// <inheritdoc />
    protected override async Task<IReadOnlyDictionary<EvidenceReference, string?>> LoadBatchAsync(IReadOnlyList<EvidenceReference> keys,
        CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var found = new Dictionary<EvidenceReference, string?>();
        foreach (var group in keys.GroupBy(k => k.DataSet, StringComparer.Ordinal).Where(g => SharedDataSets.ByDataSetName.ContainsKey(g.Key)))
        {
            var regions = await SharedDataSets.ByDataSetName[group.Key].RegionsByRecordIdAsync(db, [.. group.Select(k => k.SourceRecordId).Distinct(StringComparer.Ordinal)], cancellationToken);
            foreach (var region in regions)
            {
                found[region.Reference] = region.RegionCode;
            }
        }

        return found;
    }
}
