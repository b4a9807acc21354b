using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using static Hub.Identity.Tests.TokenRequests;

namespace Hub.Identity.Tests;

/// <summary>oauth.md §4.3 goal 13: the resource side rejects every forged or unusable token with RFC 6750 errors.</summary>
[Collection(IdentityCollection.Name)]
public sealed class ResourceValidationTests(IdentityFixture fixture)
{
    private readonly HttpClient _http = fixture.Server.CreateClient();
    private readonly ForgedAccessTokens _forge = new(fixture.Server, fixture.SecretClientId);

    private Task<HttpResponseMessage> CallAsync(string? token, string path = "/resource", string scheme = "Bearer")
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue(scheme, token);
        }

        return _http.SendAsync(request);
    }

    [Theory]
    [InlineData("Bearer")]
    [InlineData("bearer")]
    [InlineData("BEARER")]
    public async Task A_genuine_token_is_accepted_whatever_the_scheme_case(string scheme)
    {
        var token = await AccessTokenAsync(_http, fixture.SecretClientId, fixture.SecretClientSecret);

        var response = await CallAsync(token, scheme: scheme);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(fixture.SecretClientId, body.GetProperty("client_id").GetString());
        Assert.Equal("PSB-330700", body.GetProperty("agency").GetString());
    }

    public static TheoryData<string> ForgedCases =>
    [
        "alg-none", "hs256-with-rsa-public-key", "typ-JWT", "no-typ", "wrong-iss", "wrong-aud", "expired", "future-nbf",
        "tampered", "unknown-kid", "unknown-key-real-kid", "garbage",
    ];

    [Theory]
    [MemberData(nameof(ForgedCases))]
    public async Task A_forged_or_unusable_token_is_401_invalid_token(string kind)
    {
        var now = DateTime.UtcNow;
        var token = kind switch
        {
            "alg-none" => await _forge.UnsignedAsync(),
            "hs256-with-rsa-public-key" => await _forge.SignedWithPublicKeyAsHmacSecretAsync(),
            "typ-JWT" => await _forge.CreateAsync(typ: "JWT"),
            "no-typ" => await _forge.CreateAsync(typ: null),
            "wrong-iss" => await _forge.CreateAsync(issuer: "https://evil.example"),
            "wrong-aud" => await _forge.CreateAsync(audience: fixture.Server.Issuer + "/other-resource"),

            // Beyond the 30 s of tolerated clock skew, in both directions.
            "expired" => await _forge.CreateAsync(expires: now.AddSeconds(-45)),
            "future-nbf" => await _forge.CreateAsync(notBefore: now.AddSeconds(45)),
            "tampered" => ForgedAccessTokens.Tampered(await AccessTokenAsync(_http, fixture.SecretClientId, fixture.SecretClientSecret, "clues.read")),
            "unknown-kid" => await _forge.SignedByUnknownKeyAsync(reuseRealKid: false),
            "unknown-key-real-kid" => await _forge.SignedByUnknownKeyAsync(reuseRealKid: true),
            _ => "not-a-jwt",
        };

        var response = await CallAsync(token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer realm=\"hub\", error=\"invalid_token\", error_description=\"The access token is invalid.\"",
            response.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task An_invalid_token_is_refused_even_where_anonymous_callers_are_served()
    {
        var forged = await _forge.CreateAsync(audience: fixture.Server.Issuer + "/other-resource");
        var genuine = await AccessTokenAsync(_http, fixture.SecretClientId, fixture.SecretClientSecret);

        var withForged = await CallAsync(forged, "/public");

        // RFC 6750 §3.1 and RFC 9068 §4: a token that fails validation is an error, not a silent fall-back to anonymous.
        Assert.Equal(HttpStatusCode.Unauthorized, withForged.StatusCode);
        Assert.Equal("Bearer realm=\"hub\", error=\"invalid_token\", error_description=\"The access token is invalid.\"",
            withForged.Headers.WwwAuthenticate.ToString());
        Assert.Equal(HttpStatusCode.OK, (await CallAsync(null, "/public")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await CallAsync(genuine, "/public")).StatusCode);
    }

    [Fact]
    public async Task A_token_within_the_clock_skew_is_still_accepted()
    {
        var token = await _forge.CreateAsync(expires: DateTime.UtcNow.AddSeconds(-10));

        Assert.Equal(HttpStatusCode.OK, (await CallAsync(token)).StatusCode);
    }

    [Fact]
    public async Task No_token_is_a_bare_challenge_without_error()
    {
        var response = await CallAsync(null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer realm=\"hub\"", response.Headers.WwwAuthenticate.ToString());
        Assert.Equal(HttpStatusCode.OK, (await _http.GetAsync("/public")).StatusCode);
    }

    [Fact]
    public async Task Too_little_scope_is_403_insufficient_scope_naming_the_scope()
    {
        var token = await AccessTokenAsync(_http, fixture.SecretClientId, fixture.SecretClientSecret, "clues.read");

        var response = await CallAsync(token, "/resource/penalties");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Bearer realm=\"hub\", error=\"insufficient_scope\", scope=\"penalties.read\"", response.Headers.WwwAuthenticate.ToString());
        var enough = await AccessTokenAsync(_http, fixture.SecretClientId, fixture.SecretClientSecret, "penalties.read");
        Assert.Equal(HttpStatusCode.OK, (await CallAsync(enough, "/resource/penalties")).StatusCode);
    }

    [Fact]
    public async Task A_revoked_token_is_rejected_here_at_once_and_by_another_replica_within_a_second()
    {
        await using var replica = await fixture.StartServerAsync(new Dictionary<string, string?>
        {
            ["Identity:Issuer"] = fixture.Server.Issuer,
            ["Identity:DefaultResource"] = fixture.Server.Resource,
        });
        using var replicaHttp = replica.CreateClient();
        var token = await AccessTokenAsync(_http, fixture.SecretClientId, fixture.SecretClientSecret);
        var replicaRequest = () => replicaHttp.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/resource")
        {
            Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) },
        });
        Assert.Equal(HttpStatusCode.OK, (await replicaRequest()).StatusCode);

        var revoke = await PostAsync(_http, IdentityEndpointPaths.Revocation, Basic(fixture.SecretClientId, fixture.SecretClientSecret), ("token", token));
        Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await CallAsync(token)).StatusCode);

        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.Unauthorized, (await replicaRequest()).StatusCode);
    }

    [Fact]
    public async Task A_token_accepted_before_is_refused_once_it_expires()
    {
        // A replica without clock skew, so the expiry is exact; it validates the token once and then knows it.
        await using var replica = await fixture.StartServerAsync(new Dictionary<string, string?>
        {
            ["Identity:ClockSkew"] = "00:00:00",
            ["Identity:Issuer"] = fixture.Server.Issuer,
            ["Identity:DefaultResource"] = fixture.Server.Resource,
        });
        using var replicaHttp = replica.CreateClient();
        var expires = DateTime.UtcNow.AddSeconds(8);
        var token = await _forge.CreateAsync(expires: expires);
        var call = () => replicaHttp.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/resource")
        {
            Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) },
        });
        Assert.Equal(HttpStatusCode.OK, (await call()).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await call()).StatusCode);

        await Task.Delay(expires - DateTime.UtcNow + TimeSpan.FromSeconds(1));

        var response = await call();
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("error=\"invalid_token\"", response.Headers.WwwAuthenticate.ToString());
    }
}
