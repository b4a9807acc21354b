using System.Security.Claims;
using Hub.Data.Hosting;
using Hub.GraphQL.Execution.DataLoader;

namespace Hub.Server.Schema.SharedData;

/// <summary>
/// Loads the rows of one data set that name a batch of persons (or organisations) in one query, so a list of
/// persons with their records costs one query per data set, not one per person; each batch is audited once, with the
/// disclosure of the reads it links from (the rows are shown as those reads show theirs).
/// </summary>
public sealed class LinkedRowsDataLoader(
    IServiceProvider services, RequestAudit audit, ClaimsPrincipal caller, string coordinate, Disclosure disclosure, IReadOnlySet<string> selected, ISharedDataSet dataSet, bool byOrganization)
    : GroupedDataLoader<string, object>(AmbientBatchScheduler.Instance)
{
    /// <inheritdoc />
    protected override async Task<ILookup<string, object>> LoadGroupedBatchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var visibility = await services.GetRequiredService<RowVisibilityPolicy>().ForAsync(caller);
        await using var db = services.GetRequiredService<HubDatabase>().CreateContext();
        var rows = await dataSet.RowsByKeyAsync(db, visibility, keys, byOrganization, cancellationToken);
        services.GetRequiredService<SharedDataAudit>().Record(audit, caller, coordinate,
            new Dictionary<string, object?> { [byOrganization ? "uscc" : "idNumber"] = keys },
            [.. rows.SelectMany(group => group)], disclosure, selected);
        return rows;
    }
}
