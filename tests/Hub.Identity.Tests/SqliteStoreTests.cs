using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Hub.Identity.Administration;
using Microsoft.IdentityModel.JsonWebTokens;
using static Hub.Identity.Tests.TokenRequests;

namespace Hub.Identity.Tests;

/// <summary>The embedded default: the same server on a SQLite file (migration, keys, tokens, revocation).</summary>
public sealed class SqliteStoreTests
{
    [Fact]
    public async Task The_embedded_sqlite_store_issues_validates_and_revokes_tokens()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("hub-identity-sqlite-").FullName, "hub.db");
        await using var server = await IdentityTestServer.StartAsync("sqlite", $"Data Source={file}", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        using var http = server.CreateClient();
        var admin = server.GetRequiredService<IdentityAdministration>();
        await admin.DefineScopeAsync("clues.read", "Read clues.", "test");
        await admin.CreateAgencyAsync("SPP-430281", "Procuratorate", "procuratorate", "430281", "test");
        var client = await admin.CreateClientAsync("SPP-430281", "Case tool", ["clues.read"], "test");

        var token = await AccessTokenAsync(http, client.ClientId, client.ClientSecret!);
        var call = () => http.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/resource") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) } });
        Assert.Equal(HttpStatusCode.OK, (await call()).StatusCode);
        Assert.Equal("430281", new JsonWebToken(token).GetClaim("region").Value);

        await PostAsync(http, IdentityEndpointPaths.Revocation, Basic(client.ClientId, client.ClientSecret!), ("token", token));
        Assert.Equal(HttpStatusCode.Unauthorized, (await call()).StatusCode);
        Assert.Contains(await admin.ListTokensAsync(client.ClientId, 10), t => t.RevokedAt is not null);
    }
}
