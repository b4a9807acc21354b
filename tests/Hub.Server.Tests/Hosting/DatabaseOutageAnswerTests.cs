using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Hub.Server.Tests.Hosting;

/// <summary>A hub whose database has never answered: requests that need it get 503 with a reason, not an empty 500.</summary>
public sealed class DatabaseOutageAnswerTests
{
    private static HubServerFactory Unreachable() => new(new Dictionary<string, string?>
    {
        ["Hub:Database:Provider"] = "PostgreSql",
        ["Hub:Database:ConnectionString"] = "Host=127.0.0.1;Port=1;Username=nobody;Timeout=2",
        ["Hub:MigrateAtStartup"] = "false",
    });

    [Fact]
    public async Task A_bearer_token_that_cannot_be_checked_yet_is_answered_503_with_a_graphql_error()
    {
        using var factory = Unreachable();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ __typename }"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        // The signing keys were never read, so no token can be checked: its kid cannot be looked up.
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", $"{Base64Url("""{"alg":"RS256","typ":"at+jwt","kid":"k1"}""")}.{Base64Url("{}")}.c2ln");

        using var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter?.Delta);
        Assert.Equal("application/graphql-response+json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("""{"errors":[{"message":"The database is unavailable; retry later.","extensions":{"code":"HUB_DATABASE_UNAVAILABLE"}}]}""",
            await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_token_endpoint_answers_503_temporarily_unavailable()
    {
        using var factory = Unreachable();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/connect/token")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials" }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("some-client:some-secret")));

        using var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter?.Delta);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal("""{"error":"temporarily_unavailable","error_description":"The identity store is unavailable; retry later."}""",
            await response.Content.ReadAsStringAsync());
    }

    private static string Base64Url(string json) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
