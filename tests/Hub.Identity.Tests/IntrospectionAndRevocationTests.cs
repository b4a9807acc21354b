using System.Net;
using System.Text.Json;
using Hub.Identity.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.JsonWebTokens;
using static Hub.Identity.Tests.TokenRequests;

namespace Hub.Identity.Tests;

/// <summary>oauth.md §4.3 goals 17 and 18: introspection (RFC 7662) and revocation (RFC 7009).</summary>
[Collection(IdentityCollection.Name)]
public sealed class IntrospectionAndRevocationTests(IdentityFixture fixture)
{
    private readonly HttpClient _http = fixture.Server.CreateClient();

    private async Task<JsonElement> IntrospectAsync(string token, string clientId, string secret)
    {
        var response = await PostAsync(_http, IdentityEndpointPaths.Introspection, Basic(clientId, secret), ("token", token));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task Goal17_the_owner_sees_its_active_token()
    {
        var token = await AccessTokenAsync(_http, fixture.SecretClientId, fixture.SecretClientSecret, "clues.read");

        var answer = await IntrospectAsync(token, fixture.SecretClientId, fixture.SecretClientSecret);

        Assert.True(answer.GetProperty("active").GetBoolean());
        Assert.Equal("clues.read", answer.GetProperty("scope").GetString());
        Assert.Equal(fixture.SecretClientId, answer.GetProperty("client_id").GetString());
        Assert.Equal(fixture.SecretClientId, answer.GetProperty("sub").GetString());
        Assert.Equal(fixture.Server.Resource, answer.GetProperty("aud").GetString());
        Assert.Equal(fixture.Server.Issuer, answer.GetProperty("iss").GetString());
        Assert.Equal(new JsonWebToken(token).Id, answer.GetProperty("jti").GetString());
        Assert.True(answer.GetProperty("exp").GetInt64() > answer.GetProperty("iat").GetInt64());
    }

    [Fact]
    public async Task Goal17_foreign_garbage_and_forged_tokens_are_only_active_false()
    {
        var foreign = await AccessTokenAsync(_http, fixture.SecretClientId, fixture.SecretClientSecret);
        var admin = fixture.Server.GetRequiredService<Administration.IdentityAdministration>();
        var other = await admin.CreateClientAsync("PSB-330700", "Other", ["clues.read"], "test");
        var forged = await new ForgedAccessTokens(fixture.Server, other.ClientId).SignedByUnknownKeyAsync(reuseRealKid: true);

        foreach (var token in new[] { foreign, "garbage", forged })
        {
            var answer = await IntrospectAsync(token, other.ClientId, other.ClientSecret!);
            Assert.Equal(["active"], answer.EnumerateObject().Select(p => p.Name));
            Assert.False(answer.GetProperty("active").GetBoolean());
        }
    }

    [Fact]
    public async Task Goal17_unauthenticated_callers_get_401_and_a_missing_token_is_invalid_request()
    {
        var token = await AccessTokenAsync(_http, fixture.SecretClientId, fixture.SecretClientSecret);

        var anonymous = await PostAsync(_http, IdentityEndpointPaths.Introspection, null, ("token", token));
        var wrongSecret = await PostAsync(_http, IdentityEndpointPaths.Introspection, Basic(fixture.SecretClientId, "wrong"), ("token", token));
        var missing = await PostAsync(_http, IdentityEndpointPaths.Introspection, Basic(fixture.SecretClientId, fixture.SecretClientSecret));

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongSecret.StatusCode);
        Assert.Equal("invalid_request", await ErrorAsync(missing));
    }

    [Fact]
    public async Task Goal18_revocation_is_always_200_and_only_revokes_the_callers_own_tokens()
    {
        var token = await AccessTokenAsync(_http, fixture.SecretClientId, fixture.SecretClientSecret);
        var admin = fixture.Server.GetRequiredService<Administration.IdentityAdministration>();
        var other = await admin.CreateClientAsync("PSB-330700", "Other", ["clues.read"], "test");
        var otherBasic = Basic(other.ClientId, other.ClientSecret!);
        var ownerBasic = Basic(fixture.SecretClientId, fixture.SecretClientSecret);

        Assert.Equal(HttpStatusCode.OK, (await PostAsync(_http, IdentityEndpointPaths.Revocation, otherBasic, ("token", token))).StatusCode);
        Assert.True((await IntrospectAsync(token, fixture.SecretClientId, fixture.SecretClientSecret)).GetProperty("active").GetBoolean());

        Assert.Equal(HttpStatusCode.OK, (await PostAsync(_http, IdentityEndpointPaths.Revocation, ownerBasic, ("token", token), ("token_type_hint", "refresh_token"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(_http, IdentityEndpointPaths.Revocation, ownerBasic, ("token", token))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(_http, IdentityEndpointPaths.Revocation, ownerBasic, ("token", "unknown"))).StatusCode);
        Assert.False((await IntrospectAsync(token, fixture.SecretClientId, fixture.SecretClientSecret)).GetProperty("active").GetBoolean());

        var badClient = await PostAsync(_http, IdentityEndpointPaths.Revocation, Basic(fixture.SecretClientId, "wrong"), ("token", token));
        Assert.Equal(HttpStatusCode.Unauthorized, badClient.StatusCode);
        Assert.Equal("invalid_client", await ErrorAsync(badClient));
    }

    [Theory]
    [InlineData(IdentityEndpointPaths.Introspection, "ept:introspection")]
    [InlineData(IdentityEndpointPaths.Revocation, "ept:revocation")]
    public async Task A_client_without_the_endpoint_permission_is_unauthorized_client(string path, string permission)
    {
        var admin = fixture.Server.GetRequiredService<Administration.IdentityAdministration>();
        var client = await admin.CreateClientAsync("PSB-330700", "No " + permission, ["clues.read"], "test");
        var token = await AccessTokenAsync(_http, client.ClientId, client.ClientSecret!);
        var contexts = fixture.Server.GetRequiredService<IDbContextFactory<IdentityDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            var stored = await db.Clients.SingleAsync(c => c.ClientId == client.ClientId);
            stored.Permissions = stored.Permissions.Where(p => p != permission).ToList();
            await db.SaveChangesAsync();
        }

        var response = await PostAsync(_http, path, Basic(client.ClientId, client.ClientSecret!), ("token", token));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("unauthorized_client", await ErrorAsync(response));
    }
}
