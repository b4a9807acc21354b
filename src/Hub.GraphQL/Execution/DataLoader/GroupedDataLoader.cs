namespace Hub.GraphQL.Execution.DataLoader;

/// <summary>A 1:n DataLoader: one batch call returns a group of values per key (GreenDonut <c>GroupedDataLoader</c>).</summary>
public abstract class GroupedDataLoader<TKey, TValue>(IBatchScheduler scheduler, DataLoaderOptions? options = null)
    : DataLoaderBase<TKey, TValue[]>(scheduler, options)
    where TKey : notnull
{
    protected sealed override async Task<IReadOnlyDictionary<TKey, TValue[]>> FetchAsync(
        IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        var groups = await LoadGroupedBatchAsync(keys, cancellationToken).ConfigureAwait(true);
        var result = new Dictionary<TKey, TValue[]>(keys.Count);
        foreach (var key in keys)
        {
            result[key] = groups.Contains(key) ? [.. groups[key]] : [];
        }

        return result;
    }

    /// <summary>Loads the groups of <paramref name="keys"/>; keys without values get an empty group.</summary>
    protected abstract Task<ILookup<TKey, TValue>> LoadGroupedBatchAsync(
        IReadOnlyList<TKey> keys, CancellationToken cancellationToken);
}
