using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using Hub.Identity.Administration;
using Hub.Identity.Keys;
using Hub.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using static Hub.Identity.Tests.TokenRequests;

namespace Hub.Identity.Tests;

/// <summary>
/// oauth.md §4.3 goal 16, on a compressed timescale: a successor key is published before it signs, tokens of the old
/// key keep validating until it retires plus the longest token lifetime, then the old key leaves the JWKS and its
/// tokens are rejected. A second replica on the same database publishes the same key set.
/// </summary>
public sealed class KeyRotationTests
{
    private static readonly Dictionary<string, string?> s_fastClock = new()
    {
        ["Identity:KeyPublicationLead"] = "00:00:05",
        // Tokens outlive the checks below by a wide margin, so a slow, loaded machine cannot expire them early.
        ["Identity:DefaultTokenLifetime"] = "00:00:20",
        ["Identity:MaxTokenLifetime"] = "00:00:20",
        ["Identity:ClockSkew"] = "00:00:01",
        ["Identity:StoreRefreshInterval"] = "00:00:01",
    };

    [Fact]
    public async Task Goal16_a_rotated_key_is_published_first_signs_later_and_the_old_one_retires_after_the_token_lifetime()
    {
        var database = await PostgresServer.Shared.CreateDatabaseAsync("hub_identity_keys");
        var kek = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        await using var server = await IdentityTestServer.StartAsync("postgres", database, kek, s_fastClock);
        await using var replica = await IdentityTestServer.StartAsync("postgres", database, kek, s_fastClock);
        using var http = server.CreateClient();
        var admin = server.GetRequiredService<IdentityAdministration>();
        await admin.DefineScopeAsync("clues.read", "Read clues.", "test");
        await admin.CreateAgencyAsync("COURT-330700", "Court", "court", "330700", "test");
        var client = await admin.CreateClientAsync("COURT-330700", "Court system", ["clues.read"], "test");

        var oldKey = await server.GetRequiredService<SigningKeyRing>().GetSigningKeyAsync(CancellationToken.None);
        var rotatedAt = DateTimeOffset.UtcNow;
        await server.GetRequiredService<SigningKeyRotation>().RotateAsync(CancellationToken.None);

        Assert.Equal(2, (await KeyIdsAsync(http)).Count);
        await WaitUntilAsync(rotatedAt.AddSeconds(1.1));
        Assert.Equal(await KeyIdsAsync(http), await KeyIdsAsync(replica.CreateClient()));
        var beforeActivation = await AccessTokenAsync(http, client.ClientId, client.ClientSecret!);
        Assert.Equal(oldKey.KeyId, new JsonWebToken(beforeActivation).Kid);

        await WaitUntilAsync(rotatedAt.AddSeconds(5.5));
        var afterActivation = await AccessTokenAsync(http, client.ClientId, client.ClientSecret!);
        Assert.NotEqual(oldKey.KeyId, new JsonWebToken(afterActivation).Kid);
        Assert.Equal(HttpStatusCode.OK, (await CallAsync(http, beforeActivation)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await CallAsync(http, afterActivation)).StatusCode);

        // Retired at activation (+5 s), published until +5 s + 20 s lifetime + 1 s skew.
        await WaitUntilAsync(rotatedAt.AddSeconds(26.5));
        Assert.DoesNotContain(oldKey.KeyId, await KeyIdsAsync(http));
        var lateOldKeyToken = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            TokenType = "at+jwt",
            Issuer = server.Issuer,
            Audience = server.Resource,
            Expires = DateTime.UtcNow.AddMinutes(5),
            Claims = new Dictionary<string, object> { ["sub"] = client.ClientId, ["jti"] = Guid.NewGuid().ToString("N") },
            SigningCredentials = oldKey.SigningCredentials,
        });
        Assert.Equal(HttpStatusCode.Unauthorized, (await CallAsync(http, lateOldKeyToken)).StatusCode);
    }

    private static async Task WaitUntilAsync(DateTimeOffset instant)
    {
        var wait = instant - DateTimeOffset.UtcNow;
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait);
        }
    }

    private static async Task<List<string>> KeyIdsAsync(HttpClient http)
    {
        var jwks = JsonDocument.Parse(await http.GetStringAsync(IdentityEndpointPaths.Jwks)).RootElement;
        return jwks.GetProperty("keys").EnumerateArray().Select(k => k.GetProperty("kid").GetString()!).ToList();
    }

    private static Task<HttpResponseMessage> CallAsync(HttpClient http, string token) =>
        http.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/resource") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) } });
}
