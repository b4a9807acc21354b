using System.Collections.Concurrent;

namespace Hub.GraphQL.AspNetCore.WebSockets;

/// <summary>
/// Raised by the host when credentials were revoked (its revocation list gained tokens): every open connection that
/// was opened with credentials then checks them again and closes with 4401 when they no longer hold, so an idle
/// subscription does not outlive its token's revocation. Between signals nothing is checked but before each operation.
/// </summary>
public sealed class RevokedCredentialsSignal
{
    private readonly ConcurrentDictionary<object, Func<Task>> _listeners = new();

    /// <summary>Has every listening connection re-check its credentials; returns at once, the checks run on their own.</summary>
    public void Raise()
    {
        foreach (var recheck in _listeners.Values)
        {
            _ = Task.Run(recheck);
        }
    }

    /// <summary>Calls <paramref name="recheck"/> on every signal until the returned handle is disposed.</summary>
    internal IDisposable Listen(Func<Task> recheck)
    {
        var key = new object();
        _listeners[key] = recheck;
        return new Listener(() => _listeners.TryRemove(key, out _));
    }

    private sealed class Listener(Action stop) : IDisposable
    {
        public void Dispose() => stop();
    }
}
