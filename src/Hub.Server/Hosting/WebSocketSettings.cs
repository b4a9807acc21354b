using Hub.GraphQL.AspNetCore.WebSockets;

namespace Hub.Server.Hosting;

/// <summary>
/// The <c>Hub:GraphQL:WebSockets</c> settings (ping interval, pong timeout, connection caps, init timeout), bound onto
/// the GraphQL endpoint's WebSocket options; a value that cannot work stops start-up naming the setting.
/// </summary>
public static class WebSocketSettings
{
    /// <summary>The configuration section the settings are read from.</summary>
    public const string SectionName = "Hub:GraphQL:WebSockets";

    /// <summary>Overrides <paramref name="sockets"/>' defaults with the configured values and checks the result.</summary>
    public static void Bind(IConfiguration configuration, GraphQLWebSocketOptions sockets)
    {
        configuration.GetSection(SectionName).Bind(sockets);
        Require(sockets.ConnectionInitializationTimeout > TimeSpan.Zero, nameof(sockets.ConnectionInitializationTimeout), "a positive duration");
        Require(sockets.KeepAliveInterval is not { } interval || interval > TimeSpan.Zero, nameof(sockets.KeepAliveInterval), "a positive duration");
        Require(sockets.PongTimeout is not { } timeout || timeout > TimeSpan.Zero, nameof(sockets.PongTimeout), "a positive duration");
        Require(sockets.MaxConnections > 0, nameof(sockets.MaxConnections), "at least 1");
        Require(sockets.MaxConnectionsPerClient > 0, nameof(sockets.MaxConnectionsPerClient), "at least 1");
    }

    private static void Require(bool valid, string setting, string expected)
    {
        if (!valid)
        {
            throw new InvalidOperationException($"{SectionName}:{setting} must be {expected}.");
        }
    }
}
