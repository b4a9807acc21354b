using System.Net;
using System.Security.Cryptography;
using Hub.Identity.Administration;
using static Hub.Identity.Tests.TokenRequests;

namespace Hub.Identity.Tests;

/// <summary>The scope parameter on the embedded SQLite store, whose statements take at most 32,766 parameters.</summary>
public sealed class SqliteScopeRequestTests
{
    [Fact]
    public async Task A_scope_parameter_with_tens_of_thousands_of_names_is_invalid_scope_not_a_500()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("hub-identity-sqlite-scopes-").FullName, "hub.db");
        await using var server = await IdentityTestServer.StartAsync("sqlite", $"Data Source={file}", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        using var http = server.CreateClient();
        var admin = server.GetRequiredService<IdentityAdministration>();
        await admin.DefineScopeAsync("clues.read", "Read clues.", "test");
        await admin.CreateAgencyAsync("SPP-430281", "Procuratorate", "procuratorate", "430281", "test");
        var client = await admin.CreateClientAsync("SPP-430281", "Case tool", ["clues.read"], "test");
        var scope = string.Join(' ', Enumerable.Range(0, 40_000).Select(i => $"s{i}"));

        var response = await TokenAsync(http, Basic(client.ClientId, client.ClientSecret!), ("grant_type", "client_credentials"), ("scope", scope));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_scope", await ErrorAsync(response));
    }
}
