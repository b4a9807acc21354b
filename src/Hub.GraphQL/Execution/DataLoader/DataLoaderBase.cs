namespace Hub.GraphQL.Execution.DataLoader;

/// <summary>
/// Collects keys into batches, fetches each batch once and caches the result per key (GreenDonut
/// <c>DataLoaderBase</c>). One instance serves one request, so its cache is the per-request cache.
/// </summary>
public abstract class DataLoaderBase<TKey, TValue>
    where TKey : notnull
{
    private readonly IBatchScheduler _scheduler;
    private readonly Lock _lock = new();
    private readonly Dictionary<TKey, Task<TValue>> _cache = [];
    private Batch? _open;

    protected DataLoaderBase(IBatchScheduler scheduler, DataLoaderOptions? options = null)
    {
        _scheduler = scheduler;
        Options = options ?? new DataLoaderOptions();
    }

    public DataLoaderOptions Options { get; }

    /// <summary>Loads one key; keys requested before the executor runs out of work share one batch.</summary>
    public Task<TValue> LoadAsync(TKey key, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            if (Options.Caching && _cache.TryGetValue(key, out var cached))
            {
                return cached;
            }

            var batch = _open;
            if (batch is null || batch.IsFull)
            {
                batch = _open = new Batch(this, Options.MaxBatchSize, cancellationToken);
                _scheduler.Schedule(batch.DispatchAsync);
            }

            var task = batch.Add(key);
            if (Options.Caching)
            {
                _cache[key] = task;
            }

            return task;
        }
    }

    /// <summary>Loads several keys; the values come back in key order.</summary>
    public async Task<IReadOnlyList<TValue>> LoadAsync(IReadOnlyCollection<TKey> keys, CancellationToken cancellationToken = default)
        => await Task.WhenAll(keys.Select(k => LoadAsync(k, cancellationToken))).ConfigureAwait(false);

    /// <summary>Primes the cache with a known value.</summary>
    public void Set(TKey key, TValue value)
    {
        lock (_lock)
        {
            _cache[key] = Task.FromResult(value);
        }
    }

    public void Remove(TKey key)
    {
        lock (_lock)
        {
            _cache.Remove(key);
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            _cache.Clear();
        }
    }

    /// <summary>Fetches the values of one batch; keys missing from the result resolve to the default value.</summary>
    protected abstract Task<IReadOnlyDictionary<TKey, TValue>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    private void Close(Batch batch)
    {
        lock (_lock)
        {
            if (_open == batch)
            {
                _open = null;
            }
        }
    }

    private sealed class Batch(DataLoaderBase<TKey, TValue> owner, int maxSize, CancellationToken cancellationToken)
    {
        private readonly List<TKey> _keys = [];
        private readonly Dictionary<TKey, TaskCompletionSource<TValue>> _promises = [];

        public bool IsFull => maxSize > 0 && _keys.Count >= maxSize;

        public Task<TValue> Add(TKey key)
        {
            if (!_promises.TryGetValue(key, out var promise))
            {
                promise = new TaskCompletionSource<TValue>(TaskCreationOptions.RunContinuationsAsynchronously);
                _promises.Add(key, promise);
                _keys.Add(key);
            }

            return promise.Task;
        }

        public async ValueTask DispatchAsync()
        {
            owner.Close(this);
            try
            {
                var values = await owner.FetchAsync(_keys, cancellationToken).ConfigureAwait(true);
                foreach (var (key, promise) in _promises)
                {
                    promise.TrySetResult(values.TryGetValue(key, out var value) ? value : default!);
                }
            }
            catch (Exception exception)
            {
                // A failed batch fails every key, so each waiting field reports the error at its own path.
                foreach (var promise in _promises.Values)
                {
                    promise.TrySetException(exception);
                }
            }
        }
    }
}
