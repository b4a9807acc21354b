using System.Collections.Concurrent;

namespace Hub.GraphQL.AspNetCore.Persisted;

/// <summary>
/// Documents registered through automatic persisted queries, by key (the caller's space and the SHA-256 hash in
/// lower-case hex). Bounded: when
/// full, the oldest entries are dropped (a client that misses simply sends the document again).
/// </summary>
public sealed class AutomaticPersistedQueryCache(int capacity)
{
    private readonly ConcurrentDictionary<string, string> _documents = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();

    public bool TryGet(string hash, out string document) => _documents.TryGetValue(hash, out document!);

    public void Add(string hash, string document)
    {
        if (!_documents.TryAdd(hash, document))
        {
            return;
        }

        _order.Enqueue(hash);
        while (_documents.Count > capacity && _order.TryDequeue(out var oldest))
        {
            _documents.TryRemove(oldest, out _);
        }
    }
}
