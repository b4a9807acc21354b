using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using Hub.Identity.Administration;
using Hub.Identity.Audit;
using Hub.Identity.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.JsonWebTokens;
using static Hub.Identity.Tests.TokenRequests;

namespace Hub.Identity.Tests;

/// <summary>The embedded default: the same server on a SQLite file (migration, keys, tokens, revocation).</summary>
public sealed class SqliteStoreTests
{
    [Fact]
    public async Task The_embedded_sqlite_store_issues_validates_and_revokes_tokens()
    {
        var (server, _, client) = await StartWithClientAsync();
        await using var _ = server;
        using var http = server.CreateClient();

        var token = await AccessTokenAsync(http, client.ClientId, client.ClientSecret!);
        var call = () => http.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/resource") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) } });
        Assert.Equal(HttpStatusCode.OK, (await call()).StatusCode);
        Assert.Equal("430281", new JsonWebToken(token).GetClaim("region").Value);

        await PostAsync(http, IdentityEndpointPaths.Revocation, Basic(client.ClientId, client.ClientSecret!), ("token", token));
        Assert.Equal(HttpStatusCode.Unauthorized, (await call()).StatusCode);
        await using var db = await server.GetRequiredService<IDbContextFactory<IdentityDbContext>>().CreateDbContextAsync();
        Assert.NotNull((await db.IssuedTokens.SingleAsync(t => t.ClientId == client.ClientId)).RevokedAt);
    }

    /// <summary>SQLite statements take at most 32,766 parameters; the scope list must not become one per name.</summary>
    [Fact]
    public async Task A_scope_parameter_with_tens_of_thousands_of_names_is_invalid_scope_not_a_500()
    {
        var (server, _, client) = await StartWithClientAsync();
        await using var _ = server;
        using var http = server.CreateClient();
        var scope = string.Join(' ', Enumerable.Range(0, 40_000).Select(i => $"s{i}"));

        var response = await TokenAsync(http, Basic(client.ClientId, client.ClientSecret!), ("grant_type", "client_credentials"), ("scope", scope));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_scope", await ErrorAsync(response));
    }

    /// <summary>
    /// Two servers on one SQLite file add to the same counts: key lookups that found nothing (per client and hour, past
    /// hours dropped) and failed authentications, written as one audit record per client id and minute.
    /// </summary>
    [Fact]
    public async Task Two_servers_on_one_file_add_to_the_same_miss_counts_and_failed_authentication_tally()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("hub-identity-sqlite-").FullName, "hub.db");
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        await using var server = await IdentityTestServer.StartAsync("sqlite", $"Data Source={file}", key);
        await using var second = await IdentityTestServer.StartAsync("sqlite", $"Data Source={file}", key);
        const string clientId = "spp-430281-guesser";
        var hour = new DateTimeOffset(2026, 12, 8, 1, 0, 0, TimeSpan.Zero);
        var counts = new[] { server, second }.Select(s => s.GetRequiredService<KeyLookupMissCounts>()).ToArray();

        var sums = new List<int>();
        for (var i = 0; i < 5; i++)
        {
            sums.Add(await counts[i % 2].AddAsync(clientId, hour, CancellationToken.None));
        }

        sums.Add(await counts[0].AddAsync("another-client", hour, CancellationToken.None));
        sums.Add(await counts[1].AddAsync(clientId, hour.AddHours(1), CancellationToken.None));
        await using (var db = await server.GetRequiredService<IDbContextFactory<IdentityDbContext>>().CreateDbContextAsync())
        {
            Assert.Equal([1, 2, 3, 4, 5, 1, 1], sums);
            Assert.Equal([(clientId, hour.AddHours(1), 1)],
                (await db.KeyLookupMisses.ToListAsync()).Select(m => (m.ClientId, m.Hour, m.Misses)));
        }

        var presented = "sqlite-" + Guid.NewGuid().ToString("N");
        using var firstHttp = server.CreateClient();
        using var secondHttp = second.CreateClient();
        await WithinOneMinuteAsync();
        foreach (var http in new[] { firstHttp, firstHttp, secondHttp })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await TokenAsync(http, Basic(presented, "wrong"), ("grant_type", "client_credentials"))).StatusCode);
        }

        await second.GetRequiredService<FailedAuthenticationTally>().ShareAsync(CancellationToken.None);
        await server.GetRequiredService<FailedAuthenticationTally>().FlushAsync(CancellationToken.None);
        await second.GetRequiredService<FailedAuthenticationTally>().FlushAsync(CancellationToken.None);
        var record = Assert.Single(await server.GetRequiredService<IdentityAdministration>().ListAuditAsync(100),
            a => a.Action == AuditActions.AuthenticationFailed && a.Actor == presented);
        Assert.Equal(3, JsonDocument.Parse(record.Detail).RootElement.GetProperty("count").GetInt32());
    }

    // The tallies are per minute; starting late in one could split the failures over two.
    private static async Task WithinOneMinuteAsync()
    {
        var second = DateTimeOffset.UtcNow.Second;
        if (second >= 50)
        {
            await Task.Delay(TimeSpan.FromSeconds(61 - second));
        }
    }

    /// <summary>A server on a new SQLite file with one procuratorate client allowed <c>clues.read</c>.</summary>
    private static async Task<(IdentityTestServer Server, IdentityAdministration Admin, ClientRegistration Client)> StartWithClientAsync()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("hub-identity-sqlite-").FullName, "hub.db");
        var server = await IdentityTestServer.StartAsync("sqlite", $"Data Source={file}", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        var admin = server.GetRequiredService<IdentityAdministration>();
        await admin.DefineScopeAsync("clues.read", "Read clues.", "test");
        await admin.CreateAgencyAsync("SPP-430281", "Procuratorate", "procuratorate", "430281", "test");
        return (server, admin, await admin.CreateClientAsync("SPP-430281", "Case tool", ["clues.read"], "test"));
    }
}
