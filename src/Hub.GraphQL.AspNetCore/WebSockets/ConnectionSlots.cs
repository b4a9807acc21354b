using System.Collections.Concurrent;

namespace Hub.GraphQL.AspNetCore.WebSockets;

/// <summary>
/// Counts open WebSocket connections in total and per client, so that one client (or many) cannot hold unbounded
/// sockets and sessions. A slot is taken before the upgrade and given back when the connection ends.
/// </summary>
internal sealed class ConnectionSlots(GraphQLWebSocketOptions options)
{
    private readonly ConcurrentDictionary<string, int> _perClient = new(StringComparer.Ordinal);
    private int _total;

    /// <summary>Takes a slot for <paramref name="client"/>; false when the total or the client's cap is reached.</summary>
    public bool TryTake(string client)
    {
        if (Interlocked.Increment(ref _total) > options.MaxConnections)
        {
            Interlocked.Decrement(ref _total);
            return false;
        }

        if (_perClient.AddOrUpdate(client, 1, (_, count) => count + 1) > options.MaxConnectionsPerClient)
        {
            Release(client);
            return false;
        }

        return true;
    }

    public void Release(string client)
    {
        Interlocked.Decrement(ref _total);
        if (_perClient.AddOrUpdate(client, 0, (_, count) => count - 1) == 0)
        {
            // Forget idle clients; a racing take simply re-adds the key.
            _perClient.TryRemove(new KeyValuePair<string, int>(client, 0));
        }
    }
}
