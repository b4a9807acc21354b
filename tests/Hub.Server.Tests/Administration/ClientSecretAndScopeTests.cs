using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Hub.Testing;
using Microsoft.IdentityModel.Tokens;

namespace Hub.Server.Tests.Administration;

/// <summary>Secrets added, expired and listed, scopes granted, and private_key_jwt clients, over GraphQL.</summary>
[Collection(AdministrationCollection.Name)]
public sealed class ClientSecretAndScopeTests(AdminHubFixture hub)
{
    [Fact]
    public async Task An_added_secret_works_beside_the_first_until_every_secret_is_expired()
    {
        var admin = await hub.AdminTokenAsync();
        var (clientId, first) = await RegisterAsync(admin, "clues.read");
        var chosen = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(30));

        var added = await hub.Http.MutateAsync(admin, "addClientSecret", "AddClientSecretInput", new { clientId, secret = chosen }, "clientSecret client { secrets { id } }");
        Assert.Equal(chosen, added.GetProperty("clientSecret").GetString());
        Assert.Equal(2, added.GetProperty("client").GetProperty("secrets").GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, (await hub.Http.RequestTokenAsync(clientId, first, "clues.read")).Status);
        Assert.Equal(HttpStatusCode.OK, (await hub.Http.RequestTokenAsync(clientId, chosen, "clues.read")).Status);

        var expired = await hub.Http.MutateAsync(admin, "expireClientSecrets", "ExpireClientSecretsInput", new { clientId }, "client { secrets { expiresAt expired } }");

        Assert.All(expired.GetProperty("client").GetProperty("secrets").EnumerateArray(), s =>
        {
            Assert.True(s.GetProperty("expired").GetBoolean());
            Assert.True(DateTimeOffset.Parse(s.GetProperty("expiresAt").GetString()!) <= DateTimeOffset.UtcNow);
        });
        Assert.Equal(HttpStatusCode.Unauthorized, (await hub.Http.RequestTokenAsync(clientId, first, "clues.read")).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await hub.Http.RequestTokenAsync(clientId, chosen, "clues.read")).Status);
    }

    [Fact]
    public async Task A_granted_scope_can_be_requested_at_once()
    {
        var admin = await hub.AdminTokenAsync();
        var (clientId, secret) = await RegisterAsync(admin, "clues.read");
        var before = await hub.Http.RequestTokenAsync(clientId, secret, "clues.feedback");

        var granted = await hub.Http.MutateAsync(admin, "grantScope", "GrantScopeInput", new { clientId, scope = "clues.feedback" }, "client { scopes }");
        var after = await hub.Http.RequestTokenAsync(clientId, secret, "clues.read clues.feedback");

        Assert.Equal("invalid_scope", before.Body.GetProperty("error").GetString());
        Assert.Equal(["clues.read", "clues.feedback"], granted.GetProperty("client").GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(HttpStatusCode.OK, after.Status);
        Assert.Equal("clues.read clues.feedback", after.Body.GetProperty("scope").GetString());
    }

    [Fact]
    public async Task A_client_registered_with_a_public_jwks_has_no_secret_and_a_private_key_is_refused()
    {
        using var key = RSA.Create(2048);
        var admin = await hub.AdminTokenAsync();

        var registered = await hub.Http.MutateAsync(admin, "registerClient", "RegisterClientInput",
            new { agencyCode = "COURT-430281", scopes = new[] { "clues.read" }, jwks = AgencyJwks.Of(key, "admin-test"), accessTokenLifetimeSeconds = 120 },
            "clientSecret client { authentication accessTokenLifetimeSeconds secrets { id } }");
        var refused = await hub.Http.GraphQLAsync("""
            mutation($input: RegisterClientInput!) {
              registerClient(input: $input) { clientId errors { __typename ... on InvalidClientSettingsError { code setting message } } }
            }
            """, new { input = new { agencyCode = "COURT-430281", scopes = new[] { "clues.read" }, jwks = AgencyJwks.Of(key, "admin-test", includePrivate: true) } }, admin);

        var client = registered.GetProperty("client");
        Assert.Equal(JsonValueKind.Null, registered.GetProperty("clientSecret").ValueKind);
        Assert.Equal("PRIVATE_KEY_JWT", client.GetProperty("authentication").GetString());
        Assert.Equal(120, client.GetProperty("accessTokenLifetimeSeconds").GetInt32());
        Assert.Equal(0, client.GetProperty("secrets").GetArrayLength());
        var payload = refused.GetProperty("data").GetProperty("registerClient");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("clientId").ValueKind);
        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal(("INVALID_CLIENT_SETTINGS", "jwks"), (error.GetProperty("code").GetString(), error.GetProperty("setting").GetString()));
        Assert.Contains("private members (d", error.GetProperty("message").GetString());
    }

    private async Task<(string ClientId, string Secret)> RegisterAsync(string admin, string scope)
    {
        var payload = await hub.Http.MutateAsync(admin, "registerClient", "RegisterClientInput",
            new { agencyCode = "TAX-430281", scopes = new[] { scope } }, "clientId clientSecret");
        return (payload.GetProperty("clientId").GetString()!, payload.GetProperty("clientSecret").GetString()!);
    }
}
