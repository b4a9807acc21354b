namespace Hub.GraphQL.Execution.DataLoader;

/// <summary>A 1:1 DataLoader: one batch call returns the value of each key (GreenDonut <c>BatchDataLoader</c>).</summary>
public abstract class BatchDataLoader<TKey, TValue>(IBatchScheduler scheduler, DataLoaderOptions? options = null)
    : DataLoaderBase<TKey, TValue>(scheduler, options)
    where TKey : notnull
{
    protected sealed override Task<IReadOnlyDictionary<TKey, TValue>> FetchAsync(
        IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
        => LoadBatchAsync(keys, cancellationToken);

    /// <summary>Loads the values of <paramref name="keys"/>; the key list is only valid during the call.</summary>
    protected abstract Task<IReadOnlyDictionary<TKey, TValue>> LoadBatchAsync(
        IReadOnlyList<TKey> keys, CancellationToken cancellationToken);
}
