using System.Text.Json;
using Hub.Testing;
using Xunit.Abstractions;

namespace Hub.Server.Tests.Identity;

/// <summary>
/// autocannon (50 connections) on the token endpoint of a hub running on PostgreSQL: every request must get a token;
/// the rate is reported, not asserted (HUB_BENCH_SECONDS sets the run length; 5 s in the suite, 20 s for the figures).
/// </summary>
public sealed class TokenEndpointThroughputTests(ITestOutputHelper output)
{
    private static readonly string Seconds = Environment.GetEnvironmentVariable("HUB_BENCH_SECONDS") ?? "5";

    [Fact]
    public async Task Under_load_every_client_credentials_request_gets_a_token_and_the_rate_is_reported()
    {
        await using var server = await HubKestrelServer.StartOnPostgresAsync("hub_token_load");
        var client = await server.RegisterClientAsync("LOAD", ["organizations.read"]);

        var json = await NodeScript.RunAsync("http", "token-load.mjs",
            [new Uri(server.Address, "/connect/token").ToString(), client.ClientId, client.ClientSecret!, "organizations.read", Seconds, "50"],
            TimeSpan.FromMinutes(2));
        output.WriteLine(json);

        var result = JsonDocument.Parse(json).RootElement;
        Assert.True(result.GetProperty("total").GetInt64() > 0);
        Assert.Equal(0, result.GetProperty("non2xx").GetInt32());
        Assert.Equal(0, result.GetProperty("errors").GetInt32());
    }
}
