namespace Hub.GraphQL.Execution.DataLoader;

/// <summary>A DataLoader that loads each key on its own but caches per request (GreenDonut <c>CacheDataLoader</c>).</summary>
public abstract class CacheDataLoader<TKey, TValue>(IBatchScheduler scheduler, DataLoaderOptions? options = null)
    : DataLoaderBase<TKey, TValue>(scheduler, options)
    where TKey : notnull
{
    protected sealed override async Task<IReadOnlyDictionary<TKey, TValue>> FetchAsync(
        IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        var values = await Task.WhenAll(keys.Select(k => LoadSingleAsync(k, cancellationToken))).ConfigureAwait(true);
        var result = new Dictionary<TKey, TValue>(keys.Count);
        for (var i = 0; i < keys.Count; i++)
        {
            result[keys[i]] = values[i];
        }

        return result;
    }

    /// <summary>Loads the value of one key.</summary>
    protected abstract Task<TValue> LoadSingleAsync(TKey key, CancellationToken cancellationToken);
}
