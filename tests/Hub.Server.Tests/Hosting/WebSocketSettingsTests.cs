using System.Net;
using System.Net.WebSockets;
using Hub.Server.Hosting;
using Hub.Server.Tests.Administration;
using Hub.Server.Tests.Transport;

namespace Hub.Server.Tests.Hosting;

/// <summary><c>Hub:GraphQL:WebSockets</c> reaches the hub's <c>graphql-transport-ws</c> endpoint; values that cannot work stop start-up.</summary>
public sealed class WebSocketSettingsTests
{
    [Fact]
    public async Task The_ping_interval_and_the_per_client_cap_come_from_configuration()
    {
        await using var server = await HubKestrelServer.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Hub:GraphQL:WebSockets:KeepAliveInterval"] = "00:00:00.2",
            ["Hub:GraphQL:WebSockets:MaxConnectionsPerClient"] = "1",
        });
        await using var client = await WebSocketClient.ConnectAsync(server.GraphQL);
        await client.SendAsync("""{"type":"connection_init"}""");
        Assert.Equal("""{"type":"connection_ack"}""", (await client.ReceiveAsync())!.Value.GetRawText());

        // The default interval is 5 s; the configured one pings within the first second.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Assert.Equal("""{"type":"ping"}""", (await client.ReceiveAsync())!.Value.GetRawText());
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(1));

        using var second = new ClientWebSocket();
        second.Options.CollectHttpResponseDetails = true;
        second.Options.AddSubProtocol("graphql-transport-ws");
        await Assert.ThrowsAsync<WebSocketException>(() => second.ConnectAsync(new UriBuilder(server.GraphQL) { Scheme = "ws" }.Uri, CancellationToken.None));
        Assert.Equal(HttpStatusCode.TooManyRequests, second.HttpStatusCode);
    }

    [Fact]
    public async Task The_per_client_cap_counts_an_authenticated_client_by_its_client_id_and_anonymous_ones_by_address()
    {
        await using var server = await HubKestrelServer.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Hub:GraphQL:WebSockets:MaxConnectionsPerClient"] = "1",
        });
        using var http = new HubHttpClient(server.Address);
        var first = await server.RegisterClientAsync("WSCAP", ["persons.read"]);
        var second = await server.RegisterClientAsync("WSCAP", ["persons.read"]);
        var firstToken = await http.AccessTokenAsync(first.ClientId, first.ClientSecret!, scope: null);
        var secondToken = await http.AccessTokenAsync(second.ClientId, second.ClientSecret!, scope: null);

        // All from 127.0.0.1: each client has its own cap of one, and anonymous connections share the address's.
        using var firstOpen = await ConnectAsync(server, firstToken);
        using var firstAgain = await ConnectAsync(server, firstToken);
        using var secondOpen = await ConnectAsync(server, secondToken);
        using var anonymous = await ConnectAsync(server, accessToken: null);
        using var anonymousAgain = await ConnectAsync(server, accessToken: null);

        Assert.Equal(
            [HttpStatusCode.SwitchingProtocols, HttpStatusCode.TooManyRequests, HttpStatusCode.SwitchingProtocols, HttpStatusCode.SwitchingProtocols, HttpStatusCode.TooManyRequests],
            new[] { firstOpen, firstAgain, secondOpen, anonymous, anonymousAgain }.Select(socket => socket.HttpStatusCode));
    }

    [Theory]
    [InlineData("PongTimeout", "-00:00:01", "Hub:GraphQL:WebSockets:PongTimeout must be a positive duration.")]
    [InlineData("KeepAliveInterval", "00:00:00", "Hub:GraphQL:WebSockets:KeepAliveInterval must be a positive duration.")]
    [InlineData("MaxConnections", "0", "Hub:GraphQL:WebSockets:MaxConnections must be at least 1.")]
    [InlineData("MaxConnectionsPerClient", "-5", "Hub:GraphQL:WebSockets:MaxConnectionsPerClient must be at least 1.")]
    public void A_value_that_cannot_work_stops_start_up_naming_the_setting(string setting, string value, string message)
    {
        var error = Assert.Throws<HubConfigurationException>(() => HubApplication.Build([$"--Hub:GraphQL:WebSockets:{setting}={value}"]));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void A_value_of_the_wrong_type_names_the_setting()
    {
        var error = Assert.Throws<HubConfigurationException>(() => HubApplication.Build(["--Hub:GraphQL:WebSockets:PongTimeout=soon"]));

        Assert.Contains("Hub:GraphQL:WebSockets:PongTimeout", error.Message);
    }

    /// <summary>A raw socket, with <paramref name="accessToken"/> as bearer token if given, connected or refused (its status code tells which).</summary>
    private static async Task<ClientWebSocket> ConnectAsync(HubKestrelServer server, string? accessToken)
    {
        var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        socket.Options.AddSubProtocol("graphql-transport-ws");
        if (accessToken is not null)
        {
            socket.Options.SetRequestHeader("Authorization", $"Bearer {accessToken}");
        }

        try
        {
            await socket.ConnectAsync(new UriBuilder(server.GraphQL) { Scheme = "ws" }.Uri, CancellationToken.None);
        }
        catch (WebSocketException)
        {
            // Refused: HttpStatusCode holds the answer.
        }

        return socket;
    }
}
