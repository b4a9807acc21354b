using System.Security.Cryptography;
using System.Text.Json;
using Hub.Identity.Administration;
using Hub.Server.Tests.Node;
using Hub.Testing;
using Microsoft.Extensions.DependencyInjection;
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
        var connectionString = await PostgresServer.Shared.CreateDatabaseAsync("hub_token_load");
        await using var server = await HubKestrelServer.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Hub:Database:Provider"] = "PostgreSql",
            ["Hub:Database:ConnectionString"] = connectionString,
            ["Identity:KeyEncryptionKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        });
        var administration = server.Services.GetRequiredService<IdentityAdministration>();
        await administration.CreateAgencyAsync("LOAD", "Load test agency", "procuratorate", "430281", "test");
        var client = await administration.CreateClientAsync("LOAD", "load client", ["organizations.read"], "test");

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
