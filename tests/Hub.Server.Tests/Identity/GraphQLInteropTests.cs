using System.Security.Cryptography;
using System.Text.Json;
using Hub.Data.Keys;
using Hub.Testing;

namespace Hub.Server.Tests.Identity;

/// <summary>
/// The hub on a real PostgreSQL, used the way an agency system uses it: openid-client 6.8.9 gets tokens with
/// client_secret_basic and private_key_jwt, jose 6.2.17 verifies them, each token calls /graphql, and once revoked
/// is refused there with a challenge openid-client understands.
/// </summary>
public sealed class GraphQLInteropTests
{
    private const string Scope = "organizations.read";

    /// <summary>A field only <see cref="Scope"/> opens, for a well-formed code no agency has shared.</summary>
    private static readonly string Query = $"{{ organization(uscc: \"{UnsharedCreditCode()}\") {{ uscc }} }}";

    [Fact]
    public async Task Tokens_from_openid_client_with_either_client_authentication_call_graphql()
    {
        await using var server = await HubKestrelServer.StartOnPostgresAsync("hub_interop");
        var secretClient = await server.RegisterClientAsync("INTEROP", [Scope]);
        using var key = RSA.Create(2048);
        var jwtClient = await server.RegisterClientAsync("INTEROP", [Scope], AgencyJwks.Of(key, "interop-key"));

        var json = await NodeScript.RunAsync("oauth", "graphql-call.mjs", [], TimeSpan.FromMinutes(2), new Dictionary<string, string>
        {
            ["HUB_ISSUER"] = server.Address.ToString().TrimEnd('/'),
            ["HUB_GRAPHQL"] = server.GraphQL.ToString(),
            ["HUB_SCOPE"] = Scope,
            ["HUB_QUERY"] = Query,
            ["HUB_CLIENT_ID"] = secretClient.ClientId,
            ["HUB_CLIENT_SECRET"] = secretClient.ClientSecret!,
            ["HUB_JWT_CLIENT_ID"] = jwtClient.ClientId,
            ["HUB_JWT_CLIENT_KID"] = "interop-key",
            ["HUB_JWT_CLIENT_KEY"] = key.ExportPkcs8PrivateKeyPem(),
        });
        var report = JsonDocument.Parse(json).RootElement;

        foreach (var (method, clientId) in new[] { ("clientSecretBasic", secretClient.ClientId), ("privateKeyJwt", jwtClient.ClientId) })
        {
            var run = report.GetProperty(method);
            Assert.Equal(clientId, run.GetProperty("clientId").GetString());
            Assert.Equal(Scope, run.GetProperty("scope").GetString());
            Assert.Equal(200, run.GetProperty("graphql").GetProperty("status").GetInt32());
            var body = run.GetProperty("graphql").GetProperty("body");
            Assert.False(body.TryGetProperty("errors", out _), body.ToString());
            Assert.Equal(JsonValueKind.Null, body.GetProperty("data").GetProperty("organization").ValueKind);

            // openid-client's verdict on the revoked token's answer: a 401 challenge naming invalid_token (RFC 6750 §3.1).
            var rejected = run.GetProperty("afterRevocation");
            Assert.True(rejected.TryGetProperty("code", out var code), rejected.ToString());
            Assert.Equal("OAUTH_WWW_AUTHENTICATE_CHALLENGE", code.GetString());
            Assert.Equal(401, rejected.GetProperty("status").GetInt32());
            var challenge = rejected.GetProperty("challenges")[0];
            Assert.Equal("bearer", challenge.GetProperty("scheme").GetString());
            Assert.Equal("invalid_token", challenge.GetProperty("parameters").GetProperty("error").GetString());
        }

        var anonymous = report.GetProperty("anonymous").GetProperty("body");
        Assert.Equal("AUTH_NOT_AUTHENTICATED", anonymous.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    internal static string UnsharedCreditCode()
    {
        const string organization = "MA4L0000";
        var first17 = "91430281" + organization + SocialCreditCode.OrganizationCheckCharacter(organization);
        return first17 + SocialCreditCode.CheckCharacter(first17);
    }
}
