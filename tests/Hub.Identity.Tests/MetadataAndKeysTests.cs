using System.Net;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using static Hub.Identity.Tests.TokenRequests;

namespace Hub.Identity.Tests;

/// <summary>oauth.md §4.3 goals 11, 12, 14 and 15: the issued token's shape, the metadata document and the JWKS.</summary>
[Collection(IdentityCollection.Name)]
public sealed class MetadataAndKeysTests(IdentityFixture fixture)
{
    private readonly HttpClient _http = fixture.Server.CreateClient();

    [Fact]
    public async Task Goal11_12_the_access_token_has_the_rfc_9068_header_and_claims_and_no_personal_data()
    {
        var before = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var token = new JsonWebToken(await AccessTokenAsync(_http, fixture.SecretClientId, fixture.SecretClientSecret, "clues.read"));
        var jwks = JsonDocument.Parse(await _http.GetStringAsync(IdentityEndpointPaths.Jwks)).RootElement.GetProperty("keys");

        Assert.Equal("at+jwt", token.Typ);
        Assert.Equal("RS256", token.Alg);
        Assert.Contains(jwks.EnumerateArray(), k => k.GetProperty("kid").GetString() == token.Kid);
        Assert.Equal(fixture.Server.Issuer, token.Issuer);
        Assert.Equal([fixture.Server.Resource], token.Audiences);
        Assert.Equal(fixture.SecretClientId, token.Subject);
        Assert.Equal(fixture.SecretClientId, token.GetClaim("client_id").Value);
        Assert.Equal("clues.read", token.GetClaim("scope").Value);
        Assert.Equal("PSB-330700", token.GetClaim("agency").Value);
        Assert.Equal("330700", token.GetClaim("region").Value);
        var iat = long.Parse(token.GetClaim("iat").Value);
        Assert.InRange(iat, before - 1, before + 5);
        Assert.Equal(600, long.Parse(token.GetClaim("exp").Value) - iat);
        Assert.False(token.TryGetClaim("nbf", out _));
        Assert.Equal(["agency", "agency_kind", "aud", "client_id", "exp", "iat", "iss", "jti", "region", "scope", "sub"], token.Claims.Select(c => c.Type).Distinct().Order());
        var second = new JsonWebToken(await AccessTokenAsync(_http, fixture.SecretClientId, fixture.SecretClientSecret, "clues.read"));
        Assert.NotEqual(token.Id, second.Id);
    }

    [Fact]
    public async Task Goal12_a_per_client_lifetime_sets_exp()
    {
        var admin = fixture.Server.GetRequiredService<Administration.IdentityAdministration>();
        var client = await admin.CreateClientAsync("PSB-330700", "Short-lived", ["clues.read"], "test", accessTokenLifetimeSeconds: 120);

        var token = new JsonWebToken(await AccessTokenAsync(_http, client.ClientId, client.ClientSecret!));

        Assert.Equal(120, long.Parse(token.GetClaim("exp").Value) - long.Parse(token.GetClaim("iat").Value));
    }

    [Theory]
    [InlineData("/.well-known/oauth-authorization-server")]
    [InlineData("/.well-known/openid-configuration")]
    public async Task Goal14_the_metadata_document_offers_client_credentials_and_the_sign_in_grants_and_matches_the_issuer(string path)
    {
        var metadata = JsonDocument.Parse(await _http.GetStringAsync(path)).RootElement;
        var issuer = fixture.Server.Issuer;

        Assert.Equal(issuer, metadata.GetProperty("issuer").GetString());
        Assert.Equal(issuer + "/connect/token", metadata.GetProperty("token_endpoint").GetString());
        Assert.Equal(issuer + "/.well-known/jwks.json", metadata.GetProperty("jwks_uri").GetString());
        Assert.Equal(issuer + "/connect/introspect", metadata.GetProperty("introspection_endpoint").GetString());
        Assert.Equal(issuer + "/connect/revoke", metadata.GetProperty("revocation_endpoint").GetString());
        Assert.Equal(["authorization_code", "client_credentials", "refresh_token"], Strings(metadata, "grant_types_supported").Order(StringComparer.Ordinal));
        Assert.Equal(["client_secret_basic", "client_secret_post", "private_key_jwt"], Strings(metadata, "token_endpoint_auth_methods_supported"));
        var algorithms = Strings(metadata, "token_endpoint_auth_signing_alg_values_supported");
        Assert.DoesNotContain("none", algorithms);
        Assert.DoesNotContain(algorithms, a => a.StartsWith("HS", StringComparison.Ordinal));
        Assert.Contains("clues.read", Strings(metadata, "scopes_supported"));
    }

    [Fact]
    public async Task Goal15_the_jwks_holds_public_members_only_with_kid_use_and_alg()
    {
        var response = await _http.GetAsync(IdentityEndpointPaths.Jwks);
        var keys = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("keys");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(keys.EnumerateArray());
        foreach (var key in keys.EnumerateArray())
        {
            Assert.Equal(["alg", "e", "kid", "kty", "n", "use"], key.EnumerateObject().Select(p => p.Name).Order());
            Assert.Equal("sig", key.GetProperty("use").GetString());
        }
    }

    [Fact]
    public async Task Goal15_a_client_jwks_with_private_members_is_refused_at_registration()
    {
        using var rsa = System.Security.Cryptography.RSA.Create(2048);
        var parameters = rsa.ExportParameters(true);
        var privateJwks = JsonSerializer.Serialize(new
        {
            keys = new[] { new { kty = "RSA", kid = "k", n = Convert.ToBase64String(parameters.Modulus!), e = "AQAB", d = Convert.ToBase64String(parameters.D!) } },
        });
        var admin = fixture.Server.GetRequiredService<Administration.IdentityAdministration>();

        var error = await Assert.ThrowsAsync<Administration.IdentityAdministrationException>(() =>
            admin.CreateClientAsync("PSB-330700", "Leaky", ["clues.read"], "test", jsonWebKeySet: privateJwks));

        Assert.Contains("private members (d)", error.Message);
    }

    private static string[] Strings(JsonElement metadata, string name) =>
        metadata.GetProperty(name).EnumerateArray().Select(e => e.GetString()!).ToArray();
}
