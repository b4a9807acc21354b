using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using static Hub.Identity.Tests.TokenRequests;

namespace Hub.Identity.Tests;

/// <summary>oauth.md §4.3 goal 10: <c>private_key_jwt</c> client assertions (RFC 7523), including replay across replicas.</summary>
[Collection(IdentityCollection.Name)]
public sealed class ClientAssertionTests(IdentityFixture fixture)
{
    private readonly HttpClient _http = fixture.Server.CreateClient();

    private string Assertion(string? audience = null, string? jti = null, TimeSpan? lifetime = null, string? subject = null) =>
        ClientAssertions.Create(fixture.JwtClientKey, fixture.JwtClientKeyId, fixture.JwtClientId,
            audience ?? fixture.Server.Issuer, jti, lifetime, subject);

    [Fact]
    public async Task An_assertion_for_the_issuer_or_the_token_endpoint_gets_a_token()
    {
        var toIssuer = await TokenAsync(_http, null, ClientAssertions.Form(Assertion()));
        var toEndpoint = await TokenAsync(_http, null, ClientAssertions.Form(Assertion(fixture.Server.Issuer + IdentityEndpointPaths.Token)));

        Assert.Equal(HttpStatusCode.OK, toIssuer.StatusCode);
        Assert.Equal(HttpStatusCode.OK, toEndpoint.StatusCode);
    }

    public static TheoryData<string> BadAssertionCases => ["wrong-aud", "wrong-sub", "no-jti", "too-long", "expired", "unknown-key", "alg-none", "hs256-public-key"];

    [Theory]
    [MemberData(nameof(BadAssertionCases))]
    public async Task Bad_assertions_are_invalid_client(string kind)
    {
        var assertion = kind switch
        {
            "wrong-aud" => Assertion(audience: "https://someone-else.example"),
            "wrong-sub" => Assertion(subject: "another-client"),
            "no-jti" => ClientAssertions.Create(fixture.JwtClientKey, fixture.JwtClientKeyId, fixture.JwtClientId, fixture.Server.Issuer, lifetime: TimeSpan.FromMinutes(1)),
            "too-long" => Assertion(lifetime: TimeSpan.FromHours(1)),
            "expired" => ExpiredAssertion(),
            "unknown-key" => ClientAssertions.Create(RSA.Create(2048), fixture.JwtClientKeyId, fixture.JwtClientId, fixture.Server.Issuer),
            "alg-none" => Unsigned(),
            _ => SignedWithPublicKeyAsHmacSecret(),
        };

        var response = await TokenAsync(_http, null, ClientAssertions.Form(assertion));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("invalid_client", await ErrorAsync(response));
    }

    [Fact]
    public async Task A_replayed_jti_is_rejected_by_a_second_replica_on_the_same_database()
    {
        await using var replica = await fixture.StartServerAsync();
        using var replicaHttp = replica.CreateClient();
        var jti = Guid.NewGuid().ToString("N");

        var first = await TokenAsync(_http, null, ClientAssertions.Form(Assertion(jti: jti)));
        var replayedElsewhere = await TokenAsync(replicaHttp, null,
            ClientAssertions.Form(ClientAssertions.Create(fixture.JwtClientKey, fixture.JwtClientKeyId, fixture.JwtClientId, replica.Issuer, jti)));
        var replayedHere = await TokenAsync(_http, null, ClientAssertions.Form(Assertion(jti: jti)));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, replayedElsewhere.StatusCode);
        Assert.Contains("replayed", await replayedElsewhere.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, replayedHere.StatusCode);
    }

    [Fact]
    public async Task Simultaneous_replays_on_two_replicas_let_exactly_one_through()
    {
        await using var replica = await fixture.StartServerAsync();
        using var replicaHttp = replica.CreateClient();
        var jti = Guid.NewGuid().ToString("N");
        var requests = Enumerable.Range(0, 10).Select(i => i % 2 == 0
            ? TokenAsync(_http, null, ClientAssertions.Form(Assertion(jti: jti)))
            : TokenAsync(replicaHttp, null, ClientAssertions.Form(
                ClientAssertions.Create(fixture.JwtClientKey, fixture.JwtClientKeyId, fixture.JwtClientId, replica.Issuer, jti))));

        var responses = await Task.WhenAll(requests);

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Equal(9, responses.Count(r => r.StatusCode == HttpStatusCode.Unauthorized));
    }

    [Fact]
    public async Task Combining_an_assertion_with_basic_is_invalid_request()
    {
        var response = await TokenAsync(_http, Basic(fixture.SecretClientId, fixture.SecretClientSecret), ClientAssertions.Form(Assertion()));

        Assert.Equal("invalid_request", await ErrorAsync(response));
    }

    private string ExpiredAssertion()
    {
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = fixture.JwtClientId,
            Audience = fixture.Server.Issuer,
            IssuedAt = now.AddMinutes(-5),
            NotBefore = now.AddMinutes(-5),
            Expires = now.AddMinutes(-2),
            Claims = new Dictionary<string, object> { ["sub"] = fixture.JwtClientId, ["jti"] = Guid.NewGuid().ToString("N") },
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(fixture.JwtClientKey) { KeyId = fixture.JwtClientKeyId }, SecurityAlgorithms.RsaSha256),
        });
    }

    private string Unsigned()
    {
        var signed = Assertion();
        var parts = signed.Split('.');
        var header = Base64UrlEncoder.Encode($"{{\"alg\":\"none\",\"kid\":\"{fixture.JwtClientKeyId}\"}}");
        return $"{header}.{parts[1]}.";
    }

    private string SignedWithPublicKeyAsHmacSecret()
    {
        var publicPem = fixture.JwtClientKey.ExportSubjectPublicKeyInfoPem();
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = fixture.JwtClientId,
            Audience = fixture.Server.Issuer,
            Expires = now.AddMinutes(1),
            Claims = new Dictionary<string, object> { ["sub"] = fixture.JwtClientId, ["jti"] = Guid.NewGuid().ToString("N") },
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(Encoding.UTF8.GetBytes(publicPem)) { KeyId = fixture.JwtClientKeyId }, SecurityAlgorithms.HmacSha256),
        });
    }
}
