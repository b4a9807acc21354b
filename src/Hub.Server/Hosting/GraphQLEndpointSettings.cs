using Hub.GraphQL.AspNetCore;

namespace Hub.Server.Hosting;

/// <summary>
/// The GraphQL endpoint's settings from configuration, bound onto its options: the large-request gate
/// (<c>Hub:GraphQL:LargeRequestSize</c>, <c>Hub:GraphQL:MaxConcurrentLargeRequests</c>) and the WebSocket section
/// <c>Hub:GraphQL:WebSockets</c> (ping interval, pong timeout, connection caps, init timeout); the per-client cap counts
/// by <see cref="WebSocketClientKey"/>. A value that cannot work stops start-up naming the setting.
/// </summary>
public static class GraphQLEndpointSettings
{
    /// <summary>The section of the endpoint's settings.</summary>
    public const string SectionName = "Hub:GraphQL";

    /// <summary>The section of the WebSocket settings.</summary>
    public const string WebSocketSectionName = SectionName + ":WebSockets";

    /// <summary>Overrides <paramref name="graphql"/>'s defaults with the configured values and checks the result.</summary>
    public static void Bind(IConfiguration configuration, GraphQLServerOptions graphql)
    {
        var section = configuration.GetSection(SectionName);
        graphql.LargeRequestSize = section.GetValue(nameof(graphql.LargeRequestSize), graphql.LargeRequestSize);
        graphql.MaxConcurrentLargeRequests = section.GetValue(nameof(graphql.MaxConcurrentLargeRequests), graphql.MaxConcurrentLargeRequests);
        Require(graphql.LargeRequestSize > 0, SectionName, nameof(graphql.LargeRequestSize), "at least 1 (bytes)");
        Require(graphql.MaxConcurrentLargeRequests > 0, SectionName, nameof(graphql.MaxConcurrentLargeRequests), "at least 1");

        var sockets = graphql.Sockets;
        configuration.GetSection(WebSocketSectionName).Bind(sockets);
        sockets.ClientKey = WebSocketClientKey.Of;
        Require(sockets.ConnectionInitializationTimeout > TimeSpan.Zero, WebSocketSectionName, nameof(sockets.ConnectionInitializationTimeout), "a positive duration");
        Require(sockets.KeepAliveInterval is not { } interval || interval > TimeSpan.Zero, WebSocketSectionName, nameof(sockets.KeepAliveInterval), "a positive duration");
        Require(sockets.PongTimeout is not { } timeout || timeout > TimeSpan.Zero, WebSocketSectionName, nameof(sockets.PongTimeout), "a positive duration");
        Require(sockets.MaxConnections > 0, WebSocketSectionName, nameof(sockets.MaxConnections), "at least 1");
        Require(sockets.MaxConnectionsPerClient > 0, WebSocketSectionName, nameof(sockets.MaxConnectionsPerClient), "at least 1");
    }

    private static void Require(bool valid, string section, string setting, string expected)
    {
        if (!valid)
        {
            throw new InvalidOperationException($"{section}:{setting} must be {expected}.");
        }
    }
}
