using System.Net;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace Hub.Server.Tests.Administration;

/// <summary>
/// An admin manages an agency end to end over GraphQL with a hub:admin token, and the token endpoint follows each
/// change: a new agency and client, a token with the returned secret, a rotation, a revoked scope, and the listings.
/// </summary>
[Collection(AdministrationCollection.Name)]
public sealed class AdministrationRoundTripTests(AdminHubFixture hub)
{
    private const string ClientFields = "clientId displayName agency { code } scopes authentication secrets { id createdAt expiresAt expired }";

    [Fact]
    public async Task Create_agency_register_client_rotate_revoke_and_read_tokens_and_audit_trail()
    {
        var admin = await hub.AdminTokenAsync();

        var created = await hub.Http.MutateAsync(admin, "createAgency", "CreateAgencyInput",
            new { code = "TRIP-330700", name = "Round-trip bureau", kind = "market-regulation", regionCode = "330700" }, "agency { code name kind regionCode suspended }");
        Assert.Equal("Round-trip bureau", created.GetProperty("agency").GetProperty("name").GetString());
        Assert.False(created.GetProperty("agency").GetProperty("suspended").GetBoolean());

        var registered = await hub.Http.MutateAsync(admin, "registerClient", "RegisterClientInput",
            new { agencyCode = "TRIP-330700", displayName = "Trip case system", scopes = new[] { "clues.read" } }, $"clientId clientSecret client {{ {ClientFields} }}");
        var clientId = registered.GetProperty("clientId").GetString()!;
        var firstSecret = registered.GetProperty("clientSecret").GetString()!;
        var client = registered.GetProperty("client");
        Assert.StartsWith("trip-330700-", clientId);
        Assert.Equal(clientId, client.GetProperty("clientId").GetString());
        Assert.Equal("TRIP-330700", client.GetProperty("agency").GetProperty("code").GetString());
        Assert.Equal(["clues.read"], Strings(client.GetProperty("scopes")));
        Assert.Equal("CLIENT_SECRET", client.GetProperty("authentication").GetString());
        var secret = Assert.Single(client.GetProperty("secrets").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, secret.GetProperty("expiresAt").ValueKind);

        var firstToken = await hub.Http.RequestTokenAsync(clientId, firstSecret, "clues.read");
        Assert.Equal(HttpStatusCode.OK, firstToken.Status);
        Assert.Equal("clues.read", firstToken.Body.GetProperty("scope").GetString());

        // The old secret keeps working for the overlap, then stops; the new one works throughout.
        var rotated = await hub.Http.MutateAsync(admin, "rotateClientSecret", "RotateClientSecretInput",
            new { clientId, overlapSeconds = 5 }, $"clientSecret client {{ {ClientFields} }}");
        var newSecret = rotated.GetProperty("clientSecret").GetString()!;
        Assert.NotEqual(firstSecret, newSecret);
        var secrets = rotated.GetProperty("client").GetProperty("secrets").EnumerateArray().ToList();
        Assert.Equal(2, secrets.Count);
        var oldSecretExpiry = DateTimeOffset.Parse(secrets[0].GetProperty("expiresAt").GetString()!);
        Assert.InRange(oldSecretExpiry - DateTimeOffset.UtcNow, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5));
        Assert.Equal(JsonValueKind.Null, secrets[1].GetProperty("expiresAt").ValueKind);
        Assert.Equal(HttpStatusCode.OK, (await hub.Http.RequestTokenAsync(clientId, firstSecret, "clues.read")).Status);
        await Task.Delay(TimeSpan.FromTicks(Math.Max(0, (oldSecretExpiry - DateTimeOffset.UtcNow).Ticks)) + TimeSpan.FromMilliseconds(500));
        var expired = await hub.Http.RequestTokenAsync(clientId, firstSecret, "clues.read");
        Assert.Equal(HttpStatusCode.Unauthorized, expired.Status);
        Assert.Equal("invalid_client", expired.Body.GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.OK, (await hub.Http.RequestTokenAsync(clientId, newSecret, "clues.read")).Status);

        var revoked = await hub.Http.MutateAsync(admin, "revokeScope", "RevokeScopeInput", new { clientId, scope = "clues.read" }, "client { scopes }");
        Assert.Empty(Strings(revoked.GetProperty("client").GetProperty("scopes")));
        var refused = await hub.Http.RequestTokenAsync(clientId, newSecret, "clues.read");
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal("invalid_scope", refused.Body.GetProperty("error").GetString());

        var listings = await hub.Http.GraphQLAsync("""
            query Listings($clientId: String!, $actor: String!) {
              issuedTokens(clientId: $clientId, first: 10) { totalCount nodes { tokenId clientId agencyCode scope audience issuedAt expiresAt revokedAt } }
              auditTrail(actor: $actor, first: 50) { nodes { action actor subject detail occurredAt } }
            }
            """, new { clientId, actor = hub.AdminClientId }, admin);
        Assert.False(listings.TryGetProperty("errors", out _), listings.ToString());

        var tokens = listings.GetProperty("data").GetProperty("issuedTokens");
        Assert.Equal(3, tokens.GetProperty("totalCount").GetInt32());
        var tokenNodes = tokens.GetProperty("nodes").EnumerateArray().ToList();
        Assert.All(tokenNodes, t => Assert.Equal(("TRIP-330700", "clues.read"), (t.GetProperty("agencyCode").GetString(), t.GetProperty("scope").GetString())));
        Assert.Contains(TokenId(firstToken.Body.GetProperty("access_token").GetString()!), tokenNodes.Select(t => t.GetProperty("tokenId").GetString()));
        var issuedAt = tokenNodes.Select(t => DateTimeOffset.Parse(t.GetProperty("issuedAt").GetString()!)).ToList();
        Assert.Equal(issuedAt.OrderDescending(), issuedAt);

        // Newest first: every change this admin made to the agency and its client, in order, with the admin as actor.
        var trail = listings.GetProperty("data").GetProperty("auditTrail").GetProperty("nodes").EnumerateArray()
            .Where(e => e.GetProperty("subject").GetString() is "TRIP-330700" || e.GetProperty("subject").GetString() == clientId)
            .Reverse().ToList();
        Assert.Equal(
            ["agency.created", "client.created", "client.secrets_expired", "client.secret_added", "client.scope_revoked"],
            trail.Select(e => e.GetProperty("action").GetString()));
        Assert.All(trail, e => Assert.Equal(hub.AdminClientId, e.GetProperty("actor").GetString()));
        Assert.Equal("clues.read", trail[^1].GetProperty("detail").GetProperty("scope").GetString());
        Assert.Equal("TRIP-330700", trail[1].GetProperty("detail").GetProperty("agency").GetString());
    }

    /// <summary>The <c>jti</c> of an access token (its payload is base64url JSON).</summary>
    private static string TokenId(string accessToken) =>
        JsonDocument.Parse(Base64UrlEncoder.Decode(accessToken.Split('.')[1])).RootElement.GetProperty("jti").GetString()!;

    private static List<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToList();
}
