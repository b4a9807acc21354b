using Hub.Data;
using Hub.Data.Hosting;
using Hub.GraphQL.Execution.DataLoader;
using Hub.Server.Privacy;

namespace Hub.Server.Schema.SharedData;

/// <summary>
/// Loads the persons (or organisations) a batch of rows names, in one query per batch instead of one per row; each
/// batch is audited once under the link field (e.g. <c>AdministrativePenalty.person</c>) with the disclosure of the
/// reads it links from, since the entities are shown as those reads show their rows (a reveal stays a reveal). The
/// entities are read for the fields <paramref name="selected"/> only (<see cref="EntityProjections"/>).
/// </summary>
public sealed class EntityDataLoader(
    IServiceProvider services,
    RequestAudit audit,
    Caller caller,
    string coordinate,
    Disclosure disclosure,
    IReadOnlySet<string> selected,
    Func<HubDataContext, RowVisibility, IReadOnlyList<string>, IReadOnlySet<string>, CancellationToken, Task<IReadOnlyDictionary<string, object>>> load)
    : BatchDataLoader<string, object?>(AmbientBatchScheduler.Instance)
{
    /// <inheritdoc />
    protected override async Task<IReadOnlyDictionary<string, object?>> LoadBatchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var visibility = services.GetRequiredService<RowVisibilityPolicy>().For(caller);
        await using var db = services.GetRequiredService<HubDatabase>().CreateContext();
        var entities = await load(db, visibility, keys, selected, cancellationToken);
        services.GetRequiredService<SharedDataAudit>().Record(audit, caller, coordinate,
            new Dictionary<string, object?> { ["keys"] = keys }, [.. entities.Values], disclosure, selected);
        return entities.ToDictionary(pair => pair.Key, pair => (object?)pair.Value, StringComparer.Ordinal);
    }
}
