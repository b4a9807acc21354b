using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Hub.Identity.Administration;
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
