using Hub.GraphQL.AspNetCore.WebSockets;
using Hub.Identity.Tokens;

namespace Hub.Server.Identity;

/// <summary>
/// Connects the revocation list to the WebSocket transport: when the list gains tokens (revoked on this hub, or read
/// from the shared table, which every hub re-reads every 0.5 s), each open connection checks its own token once, so an
/// idle subscription ends within a second of its token's revocation at the cost of one check per connection and revocation.
/// </summary>
internal static class WebSocketRevocation
{
    public static RevokedCredentialsSignal Signal(IServiceProvider services)
    {
        var signal = new RevokedCredentialsSignal();
        services.GetRequiredService<RevokedTokenList>().Grew += signal.Raise;
        return signal;
    }
}
