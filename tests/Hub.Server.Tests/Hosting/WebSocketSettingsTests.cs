using System.Net;
using System.Net.WebSockets;
using Hub.Server.Hosting;
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
}
