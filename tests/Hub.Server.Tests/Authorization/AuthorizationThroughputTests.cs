using System.Text.Json;
using Hub.Server.Tests.Administration;
using Hub.Testing;
using Xunit.Abstractions;

namespace Hub.Server.Tests.Authorization;

/// <summary>
/// autocannon (50 connections) on a hub running on PostgreSQL: <c>{ __typename }</c> anonymous and with a bearer
/// token, a scope-protected field with and without the scope (bench/authorization-load.mjs). Every request must
/// succeed; the rates and ratios are reported, not asserted (HUB_BENCH_SECONDS: 5 s in the suite, 20 s for figures).
/// </summary>
public sealed class AuthorizationThroughputTests(ITestOutputHelper output)
{
    private static readonly string Seconds = Environment.GetEnvironmentVariable("HUB_BENCH_SECONDS") ?? "5";

    [Fact]
    public async Task Under_load_every_request_succeeds_and_the_cost_of_authorization_is_reported()
    {
        await using var server = await HubKestrelServer.StartOnPostgresAsync("hub_authz_load");
        var client = await server.RegisterClientAsync("LOAD", ["persons.read"]);
        using var http = new HubHttpClient(server.Address);
        var token = await http.AccessTokenAsync(client.ClientId, client.ClientSecret!, scope: null);

        var json = await NodeScript.RunAsync("http", "../../Hub.Server.Tests/bench/authorization-load.mjs",
            [server.GraphQL.ToString(), token, Seconds, "50"], TimeSpan.FromMinutes(3));
        output.WriteLine(json);

        var result = JsonDocument.Parse(json).RootElement;
        foreach (var scenario in new[] { "anonymous", "bearer", "protected", "denied" })
        {
            var run = result.GetProperty(scenario);
            Assert.True(run.GetProperty("total").GetInt64() > 0, scenario);
            Assert.Equal(0, run.GetProperty("non2xx").GetInt32());
            Assert.Equal(0, run.GetProperty("errors").GetInt32());
        }
    }
}
