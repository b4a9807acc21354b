using System.Net;
using System.Text.Json;
using Hub.Identity.Audit;
using Hub.Identity.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.JsonWebTokens;
using static Hub.Identity.Tests.TokenRequests;

namespace Hub.Identity.Tests;

/// <summary>oauth.md §4.3 goals 1–9: the token endpoint and client authentication, over real HTTP and PostgreSQL.</summary>
[Collection(IdentityCollection.Name)]
public sealed class TokenEndpointTests(IdentityFixture fixture)
{
    private readonly HttpClient _http = fixture.Server.CreateClient();

    [Fact]
    public async Task Goal01_basic_authentication_returns_exactly_the_token_response_members_with_no_store()
    {
        var response = await TokenAsync(_http, Basic(fixture.SecretClientId, fixture.SecretClientSecret), ("grant_type", "client_credentials"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
        Assert.Equal("no-cache", response.Headers.Pragma.ToString());
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(["access_token", "expires_in", "scope", "token_type"], body.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal("Bearer", body.GetProperty("token_type").GetString());
        Assert.Equal(600, body.GetProperty("expires_in").GetInt32());
        Assert.Equal("penalties.read clues.read", body.GetProperty("scope").GetString());
    }

    [Fact]
    public async Task Goal01_client_secret_post_authenticates_and_echoes_the_requested_scope()
    {
        var response = await TokenAsync(_http, null, ("grant_type", "client_credentials"), ("client_id", fixture.SecretClientId),
            ("client_secret", fixture.SecretClientSecret), ("scope", "clues.read"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("clues.read", body.GetProperty("scope").GetString());
        Assert.False(body.TryGetProperty("refresh_token", out _));
    }

    [Fact]
    public async Task Goal02_a_secret_with_reserved_characters_works_form_encoded_in_basic_and_raw_in_the_body()
    {
        var basic = await TokenAsync(_http, Basic(fixture.SecretClientId, IdentityFixture.AwkwardSecret), ("grant_type", "client_credentials"));
        var post = await TokenAsync(_http, null, ("grant_type", "client_credentials"), ("client_id", fixture.SecretClientId),
            ("client_secret", IdentityFixture.AwkwardSecret));

        Assert.Equal(HttpStatusCode.OK, basic.StatusCode);
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
    }

    [Fact]
    public async Task Goal02_basic_credentials_without_a_colon_are_invalid_request()
    {
        var response = await TokenAsync(_http, RawBasic("no-colon-here"), ("grant_type", "client_credentials"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_request", await ErrorAsync(response));
    }

    [Theory]
    [InlineData("id:foo with %")]
    [InlineData("id:foo%2")]
    public async Task Goal02_improperly_encoded_basic_credentials_authenticate_no_one(string userColonPassword)
    {
        // OpenIddict decodes leniently (a stray '%' stays as it is), so the credentials are read but match no client.
        var response = await TokenAsync(_http, RawBasic(userColonPassword), ("grant_type", "client_credentials"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("invalid_client", await ErrorAsync(response));
    }

    [Fact]
    public async Task Goal02_basic_credentials_that_are_not_utf8_authenticate_no_one()
    {
        // Latin-1 "é" (0xE9) where UTF-8 is required: whatever it is read as, it must not authenticate.
        byte[] credentials = [.. System.Text.Encoding.ASCII.GetBytes(fixture.SecretClientId + ":s"), 0xE9, (byte)'t'];
        var header = new System.Net.Http.Headers.AuthenticationHeaderValue("Basic", Convert.ToBase64String(credentials));

        var response = await TokenAsync(_http, header, ("grant_type", "client_credentials"));

        // OpenIddict reads the credentials as ASCII: the byte becomes '?', and the secret it spells is no client's.
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("invalid_client", await ErrorAsync(response));
    }

    [Fact]
    public async Task Goal03_wrong_secret_and_unknown_client_are_401_invalid_client_with_a_basic_challenge()
    {
        var wrong = await TokenAsync(_http, Basic(fixture.SecretClientId, "not-the-secret"), ("grant_type", "client_credentials"));
        var unknown = await TokenAsync(_http, Basic("nobody", "whatever"), ("grant_type", "client_credentials"));

        foreach (var response in new[] { wrong, unknown })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("invalid_client", await ErrorAsync(response));
            Assert.StartsWith("Basic realm=\"hub\"", response.Headers.WwwAuthenticate.ToString());
            Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
        }
    }

    [Fact]
    public async Task Goal03_expired_secret_is_invalid_client()
    {
        var response = await TokenAsync(_http, Basic(fixture.ExpiredSecretClientId, fixture.ExpiredSecret), ("grant_type", "client_credentials"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("expired", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Goal03_a_suspended_agency_cannot_authenticate()
    {
        var admin = fixture.Server.GetRequiredService<Administration.IdentityAdministration>();
        await admin.CreateAgencyAsync("TAX-330700", "Tax bureau", "tax", "330700", "test");
        var client = await admin.CreateClientAsync("TAX-330700", "Tax system", ["clues.read"], "test");
        Assert.Equal(HttpStatusCode.OK, (await TokenAsync(_http, Basic(client.ClientId, client.ClientSecret!), ("grant_type", "client_credentials"))).StatusCode);

        await admin.SetSuspendedAsync("TAX-330700", suspended: true, "test");
        var response = await TokenAsync(_http, Basic(client.ClientId, client.ClientSecret!), ("grant_type", "client_credentials"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("invalid_client", await ErrorAsync(response));
    }

    [Fact]
    public async Task Goal03_only_a_caller_with_the_right_credentials_learns_that_the_agency_is_suspended()
    {
        var admin = fixture.Server.GetRequiredService<Administration.IdentityAdministration>();
        await admin.CreateAgencyAsync("CIVIL-330700", "Civil affairs bureau", "civil-affairs", "330700", "test");
        var client = await admin.CreateClientAsync("CIVIL-330700", "Civil affairs system", ["clues.read"], "test");
        await admin.SetSuspendedAsync("CIVIL-330700", suspended: true, "test");

        var wrongSecret = await TokenAsync(_http, Basic(client.ClientId, "not-the-secret"), ("grant_type", "client_credentials"));
        var rightSecret = await TokenAsync(_http, Basic(client.ClientId, client.ClientSecret!), ("grant_type", "client_credentials"));

        Assert.Equal(HttpStatusCode.Unauthorized, wrongSecret.StatusCode);
        Assert.Equal("The client is unknown or its credentials are wrong.", await DescriptionAsync(wrongSecret));
        Assert.Equal(HttpStatusCode.Unauthorized, rightSecret.StatusCode);
        Assert.Contains("suspended", await DescriptionAsync(rightSecret));
    }

    [Fact]
    public async Task Goal04_double_authentication_mismatched_ids_missing_grant_and_repeated_parameters_are_invalid_request()
    {
        var basic = Basic(fixture.SecretClientId, fixture.SecretClientSecret);
        var responses = new[]
        {
            await TokenAsync(_http, basic, ("grant_type", "client_credentials"), ("client_secret", fixture.SecretClientSecret)),
            await TokenAsync(_http, basic, ("grant_type", "client_credentials"), ("client_id", "someone-else")),
            await TokenAsync(_http, basic),
            await TokenAsync(_http, basic, ("grant_type", "client_credentials"), ("scope", "clues.read"), ("scope", "clues.read")),
        };

        foreach (var response in responses)
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("invalid_request", await ErrorAsync(response));
        }
    }

    [Fact]
    public async Task Goal05_other_grants_are_unsupported_and_a_client_without_the_grant_permission_is_unauthorized()
    {
        var basic = Basic(fixture.SecretClientId, fixture.SecretClientSecret);
        var password = await TokenAsync(_http, basic, ("grant_type", "password"), ("username", "a"), ("password", "b"));
        Assert.Equal("unsupported_grant_type", await ErrorAsync(password));

        var admin = fixture.Server.GetRequiredService<Administration.IdentityAdministration>();
        var client = await admin.CreateClientAsync("PSB-330700", "No grant", ["clues.read"], "test");
        var contexts = fixture.Server.GetRequiredService<IDbContextFactory<IdentityDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            var stored = await db.Clients.SingleAsync(c => c.ClientId == client.ClientId);
            stored.Permissions = stored.Permissions.Where(p => p != "gt:client_credentials").ToList();
            await db.SaveChangesAsync();
        }

        var response = await TokenAsync(_http, Basic(client.ClientId, client.ClientSecret!), ("grant_type", "client_credentials"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("unauthorized_client", await ErrorAsync(response));
    }

    [Theory]
    [InlineData("no.such.scope")]
    [InlineData("hub:admin")]
    [InlineData("clues.read \"quoted\"")]
    public async Task Goal06_unknown_ungranted_or_malformed_scopes_are_invalid_scope(string scope)
    {
        var response = await TokenAsync(_http, Basic(fixture.SecretClientId, fixture.SecretClientSecret),
            ("grant_type", "client_credentials"), ("scope", scope));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_scope", await ErrorAsync(response));
    }

    [Theory]
    [InlineData("/relative")]
    [InlineData("https://hub.example/graphql#fragment")]
    [InlineData("https://elsewhere.example/api")]
    public async Task Goal07_bad_or_foreign_resources_are_invalid_target(string resource)
    {
        var response = await TokenAsync(_http, Basic(fixture.SecretClientId, fixture.SecretClientSecret),
            ("grant_type", "client_credentials"), ("resource", resource));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_target", await ErrorAsync(response));
    }

    [Fact]
    public async Task Goal07_an_allowed_resource_becomes_the_audience()
    {
        var other = fixture.Server.Issuer + "/other-resource";
        var response = await TokenAsync(_http, Basic(fixture.SecretClientId, fixture.SecretClientSecret),
            ("grant_type", "client_credentials"), ("resource", other));
        var token = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("access_token").GetString()!;

        Assert.Equal([other], new JsonWebToken(token).Audiences);
    }

    [Theory]
    [InlineData("resource", "http://a\"b\\c/")]
    [InlineData("resource", "rel\u0001ative\u00e9")]
    [InlineData("na\"me\\\u00fc", "repeated")]
    public async Task Goal04_an_error_description_that_names_the_request_keeps_to_the_rfc_6749_characters(string name, string value)
    {
        var form = name == "resource"
            ? new[] { ("grant_type", "client_credentials"), (name, value) }
            : [("grant_type", "client_credentials"), (name, value), (name, value)];

        var response = await TokenAsync(_http, Basic(fixture.SecretClientId, fixture.SecretClientSecret), form);

        // RFC 6749 §5.2: error_description MUST NOT include characters outside %x20-21 / %x23-5B / %x5D-7E.
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var description = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error_description").GetString()!;
        Assert.All(description, c => Assert.True(c is >= ' ' and <= '~' && c != '"' && c != '\\', $"'{c}' (U+{(int)c:X4}) in: {description}"));
    }

    [Theory]
    [InlineData(IdentityEndpointPaths.Token)]
    [InlineData(IdentityEndpointPaths.Introspection)]
    [InlineData(IdentityEndpointPaths.Revocation)]
    public async Task Goal08_a_body_beyond_the_form_limits_is_invalid_request_not_a_500(string path)
    {
        // ASP.NET Core reads at most 1,024 form fields; more is a malformed request, not a server error.
        var fields = Enumerable.Range(0, 1_100).Select(i => ($"p{i}", "1")).Prepend(("grant_type", "client_credentials")).ToArray();

        var response = await PostAsync(_http, path, Basic(fixture.SecretClientId, fixture.SecretClientSecret), fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_request", await ErrorAsync(response));
    }

    [Fact]
    public async Task Goal08_only_form_posts_without_query_parameters_are_accepted()
    {
        var get = await _http.GetAsync(IdentityEndpointPaths.Token + "?grant_type=client_credentials");
        var withQuery = await _http.PostAsync(IdentityEndpointPaths.Token + "?client_secret=x",
            new FormUrlEncodedContent([new("grant_type", "client_credentials")]));
        var json = await _http.PostAsync(IdentityEndpointPaths.Token,
            new StringContent("{\"grant_type\":\"client_credentials\"}", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, get.StatusCode);
        Assert.Equal("invalid_request", await ErrorAsync(get));
        Assert.Equal("invalid_request", await ErrorAsync(withQuery));
        Assert.Equal("invalid_request", await ErrorAsync(json));
    }

    [Fact]
    public async Task An_oversized_unknown_client_id_is_audited_as_a_bounded_prefix()
    {
        // Unauthenticated callers must not be able to write megabytes per request into the append-only audit trail.
        var marker = "oversized-" + Guid.NewGuid().ToString("N");
        var clientId = marker + new string('x', 200_000);

        // Far over any client id, yet short enough for IdentityModel to read the assertion (it ignores tokens over 250 kB).
        var assertion = ClientAssertions.Create(fixture.JwtClientKey, fixture.JwtClientKeyId, clientId[..10_000], fixture.Server.Issuer);

        var post = await TokenAsync(_http, null, ("grant_type", "client_credentials"), ("client_id", clientId), ("client_secret", "whatever"));
        var asserted = await TokenAsync(_http, null, ClientAssertions.Form(assertion));

        Assert.Equal(HttpStatusCode.Unauthorized, post.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, asserted.StatusCode);
        await fixture.Server.GetRequiredService<FailedAuthenticationTally>().FlushAsync(CancellationToken.None);
        var audit = await fixture.Server.GetRequiredService<Administration.IdentityAdministration>().ListAuditAsync(500);
        var records = audit.Where(a => a.Action == "client.authentication_failed" && a.Actor.StartsWith(marker, StringComparison.Ordinal)).ToList();
        Assert.Equal(2, records.Sum(r => JsonDocument.Parse(r.Detail).RootElement.GetProperty("count").GetInt32()));
        Assert.All(records, r => Assert.InRange(r.Actor.Length, marker.Length, 101));
    }

    [Fact]
    public async Task Failed_authentications_are_audited_as_one_record_per_client_id_and_minute_with_a_count()
    {
        // Anyone can fail an authentication; a record per failure would let them grow the append-only trail at will.
        await WithinOneMinuteAsync();
        var flooded = "flood-" + Guid.NewGuid().ToString("N");
        var other = "flood-other-" + Guid.NewGuid().ToString("N");
        for (var i = 0; i < 30; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await TokenAsync(_http, Basic(flooded, $"guess-{i}"), ("grant_type", "client_credentials"))).StatusCode);
        }

        await TokenAsync(_http, null, ("grant_type", "client_credentials"), ("client_id", flooded), ("client_secret", "posted"));
        await TokenAsync(_http, Basic(other, "wrong"), ("grant_type", "client_credentials"));
        await fixture.Server.GetRequiredService<FailedAuthenticationTally>().FlushAsync(CancellationToken.None);

        var audit = await fixture.Server.GetRequiredService<Administration.IdentityAdministration>().ListAuditAsync(500);
        var record = Assert.Single(audit, a => a.Action == "client.authentication_failed" && a.Actor == flooded);
        var detail = JsonDocument.Parse(record.Detail).RootElement;
        Assert.Equal(31, detail.GetProperty("count").GetInt32());
        Assert.Equal(["ClientSecretBasic", "ClientSecretPost"], detail.GetProperty("methods").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(["The client is unknown or its credentials are wrong."], detail.GetProperty("reasons").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal("/connect/token", record.Subject);
        Assert.Equal(0, record.OccurredAt.Second);
        Assert.Equal(record.OccurredAt.ToUniversalTime().ToString("yyyy-MM-ddTHH:mmZ"), detail.GetProperty("minute").GetString());
        var otherRecord = Assert.Single(audit, a => a.Action == "client.authentication_failed" && a.Actor == other);
        Assert.Equal(1, JsonDocument.Parse(otherRecord.Detail).RootElement.GetProperty("count").GetInt32());
    }

    // The tallies are per minute; starting late in one could split a test's failures over two.
    private static async Task WithinOneMinuteAsync()
    {
        var second = DateTimeOffset.UtcNow.Second;
        if (second >= 45)
        {
            await Task.Delay(TimeSpan.FromSeconds(61 - second));
        }
    }

    [Fact]
    public async Task Every_failed_authentication_and_issued_token_is_audited_without_secrets()
    {
        await TokenAsync(_http, Basic(fixture.SecretClientId, "wrong-secret-for-audit"), ("grant_type", "client_credentials"));
        var token = await AccessTokenAsync(_http, fixture.SecretClientId, fixture.SecretClientSecret);
        var jti = new JsonWebToken(token).Id;
        await fixture.Server.GetRequiredService<FailedAuthenticationTally>().FlushAsync(CancellationToken.None);

        var audit = await fixture.Server.GetRequiredService<Administration.IdentityAdministration>().ListAuditAsync(500);
        Assert.Contains(audit, a => a.Action == "token.issued" && a.Subject == jti && a.Actor == fixture.SecretClientId);
        Assert.Contains(audit, a => a.Action == "client.authentication_failed" && a.Actor == fixture.SecretClientId);
        Assert.DoesNotContain(audit, a => a.Detail.Contains(fixture.SecretClientSecret, StringComparison.Ordinal));
    }

    private static async Task<string> DescriptionAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error_description").GetString()!;
}
