using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace Hub.GraphQL.Execution.Pipeline;

/// <summary>
/// A thread-safe cache with a capacity: lock-free hits, and when full the least recently used tenth of the entries is
/// evicted in one sweep (LRU-ish, cheap on the hot path).
/// </summary>
internal sealed class BoundedCache<TKey, TValue>(int capacity)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Entry> _entries = new();
    private readonly Lock _evictionLock = new();
    private long _clock;

    public int Count => _entries.Count;

    public bool TryGet(TKey key, [MaybeNullWhen(false)] out TValue value)
    {
        if (_entries.TryGetValue(key, out var entry))
        {
            entry.LastUse = Interlocked.Increment(ref _clock);
            value = entry.Value;
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>Adds the value (or returns the one another thread added first).</summary>
    public TValue Add(TKey key, TValue value)
    {
        if (_entries.Count >= capacity)
        {
            Evict();
        }

        var entry = _entries.GetOrAdd(key, new Entry(value) { LastUse = Interlocked.Increment(ref _clock) });
        return entry.Value;
    }

    private void Evict()
    {
        lock (_evictionLock)
        {
            if (_entries.Count < capacity)
            {
                return;
            }

            var victims = _entries.OrderBy(e => e.Value.LastUse).Take(Math.Max(1, capacity / 10)).ToList();
            foreach (var victim in victims)
            {
                _entries.TryRemove(victim.Key, out _);
            }
        }
    }

    private sealed class Entry(TValue value)
    {
        public TValue Value { get; } = value;

        public long LastUse { get; set; }
    }
}
