using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using static Hub.Identity.Tests.TokenRequests;

namespace Hub.Identity.Tests;

/// <summary>
/// Strings shaped like a JWS (three dot-separated parts) or a JWE (five) that do not decode: every endpoint that reads a
/// token must answer them as the protocol says for an invalid token, never with a 500.
/// </summary>
[Collection(IdentityCollection.Name)]
public sealed class MalformedTokenTests(IdentityFixture fixture)
{
    private readonly HttpClient _http = fixture.Server.CreateClient();

    public static TheoryData<string> MalformedTokens => ["a.b.c", "a.b.c.d.e", "!!.@@.##", "e30.e30.e30.e30.e30"];

    [Theory]
    [MemberData(nameof(MalformedTokens))]
    public async Task The_resource_answers_a_malformed_bearer_token_with_401_invalid_token(string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/resource") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) } };

        var response = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("error=\"invalid_token\"", response.Headers.WwwAuthenticate.ToString());
    }

    [Theory]
    [MemberData(nameof(MalformedTokens))]
    public async Task Introspection_answers_a_malformed_token_with_active_false(string token)
    {
        var response = await PostAsync(_http, IdentityEndpointPaths.Introspection, Basic(fixture.SecretClientId, fixture.SecretClientSecret), ("token", token));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(["active"], answer.EnumerateObject().Select(p => p.Name));
        Assert.False(answer.GetProperty("active").GetBoolean());
    }

    [Theory]
    [MemberData(nameof(MalformedTokens))]
    public async Task Revocation_answers_a_malformed_token_with_200(string token)
    {
        var response = await PostAsync(_http, IdentityEndpointPaths.Revocation, Basic(fixture.SecretClientId, fixture.SecretClientSecret), ("token", token));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(MalformedTokens))]
    public async Task The_token_endpoint_answers_a_malformed_client_assertion_with_invalid_client(string assertion)
    {
        var response = await TokenAsync(_http, null, ClientAssertions.Form(assertion));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("invalid_client", await ErrorAsync(response));
    }
}
