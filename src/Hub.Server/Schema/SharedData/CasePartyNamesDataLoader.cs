using Hub.Data.Hosting;
using Hub.GraphQL.Execution.DataLoader;

namespace Hub.Server.Schema.SharedData;

/// <summary>The names of the parties of a batch of cases (<see cref="CaseParties"/>), in one query per batch.</summary>
public sealed class CasePartyNamesDataLoader(IServiceProvider services)
    : BatchDataLoader<string, IReadOnlyList<(string Value, string Masked)>>(AmbientBatchScheduler.Instance)
{
    /// <inheritdoc />
    protected override async Task<IReadOnlyDictionary<string, IReadOnlyList<(string Value, string Masked)>>> LoadBatchAsync(
        IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        await using var db = services.GetRequiredService<HubDatabase>().CreateContext();
        var names = await CaseParties.NamesAsync(db, keys, cancellationToken);
        return keys.Distinct(StringComparer.Ordinal).ToDictionary(
            key => key, key => (IReadOnlyList<(string Value, string Masked)>)[.. names[key]], StringComparer.Ordinal);
    }
}
