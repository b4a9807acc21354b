namespace Hub.GraphQL.AspNetCore.WebSockets;

/// <summary>Settings of the <c>graphql-transport-ws</c> protocol (HotChocolate's defaults).</summary>
public sealed class GraphQLWebSocketOptions
{
    /// <summary>How long a client has to send <c>connection_init</c> before the socket is closed with 4408.</summary>
    public TimeSpan ConnectionInitializationTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often the server pings an idle connection; null disables pings.</summary>
    public TimeSpan? KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long a ping may go unanswered (no pong, no other message) before the connection is closed with 1008, so a
    /// client that vanished without closing does not hold its connection and operations; null never closes one.
    /// </summary>
    public TimeSpan? PongTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The most WebSocket connections open at once; more are refused with 429 before the upgrade.</summary>
    public int MaxConnections { get; set; } = 1000;

    /// <summary>The most WebSocket connections one client (<see cref="ClientKey"/>) may hold open; more are refused with 429.</summary>
    public int MaxConnectionsPerClient { get; set; } = 50;

    /// <summary>Who a connection belongs to for <see cref="MaxConnectionsPerClient"/>; the remote IP address unless set.</summary>
    public Func<Microsoft.AspNetCore.Http.HttpContext, string> ClientKey { get; set; } =
        context => context.Connection.RemoteIpAddress?.ToString() ?? string.Empty;

    /// <summary>
    /// Decides whether a connection may proceed, given the <c>connection_init</c> payload; returning false closes
    /// the socket with 4403 Forbidden. Null accepts everyone.
    /// </summary>
    public Func<Microsoft.AspNetCore.Http.HttpContext, IReadOnlyDictionary<string, object?>?, ValueTask<bool>>? OnConnect { get; set; }

    /// <summary>
    /// Raised by the host when credentials were revoked: every connection opened with credentials checks them again
    /// and closes with 4401 if they no longer hold, idle or not. Null: a connection checks only before each operation.
    /// </summary>
    public RevokedCredentialsSignal? Revocations { get; set; }
}
