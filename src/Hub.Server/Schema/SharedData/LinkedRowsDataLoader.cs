using Hub.Data;
using Hub.Data.Hosting;
using Hub.GraphQL.Execution.DataLoader;
using Hub.Server.Privacy;

namespace Hub.Server.Schema.SharedData;

/// <summary>
/// Loads the rows of one data set that name a batch of persons (or organisations) in one query, so a list of
/// persons with their records costs one query per data set, not one per person; the link's <c>where</c> and
/// <c>order</c> are the same for every parent of a selection, so they go into that one query (<paramref name="rowsByKey"/>).
/// Each batch is audited once, with the link's arguments and the disclosure of the reads it links from (the rows are
/// shown as those reads show theirs).
/// </summary>
public sealed class LinkedRowsDataLoader(
    IServiceProvider services, RequestAudit audit, Caller caller, string coordinate, Disclosure disclosure, IReadOnlySet<string> selected, bool byOrganization,
    IReadOnlyDictionary<string, object?> arguments, Func<HubDataContext, RowVisibility, IReadOnlyList<string>, CancellationToken, Task<ILookup<string, object>>> rowsByKey)
    : GroupedDataLoader<string, object>(AmbientBatchScheduler.Instance)
{
    /// <inheritdoc />
    protected override async Task<ILookup<string, object>> LoadGroupedBatchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var visibility = services.GetRequiredService<RowVisibilityPolicy>().For(caller);
        await using var db = services.GetRequiredService<HubDatabase>().CreateContext();
        var rows = await rowsByKey(db, visibility, keys, cancellationToken);
        services.GetRequiredService<SharedDataAudit>().Record(audit, caller, coordinate,
            new Dictionary<string, object?>(arguments) { [byOrganization ? "uscc" : "idNumber"] = keys },
            [.. rows.SelectMany(group => group)], disclosure, selected);
        return rows;
    }
}
