using Hub.Identity.Tokens;

namespace Hub.Server.Hosting;

/// <summary>
/// Who a WebSocket connection belongs to for <c>Hub:GraphQL:WebSockets:MaxConnectionsPerClient</c>: the client its
/// bearer token was issued to (the token comes with the upgrade request), else, for an anonymous connection, its remote
/// address. Clients behind one proxy or NAT then do not share a cap, and one client does not get a cap per address.
/// </summary>
public static class WebSocketClientKey
{
    /// <summary>The key of the connection <paramref name="context"/> upgrades; the prefixes keep a client id from matching an address.</summary>
    public static string Of(HttpContext context) =>
        context.User.FindFirst(AccessTokenClaims.ClientId)?.Value is { } clientId
            ? $"client:{clientId}"
            : $"address:{context.Connection.RemoteIpAddress}";
}
