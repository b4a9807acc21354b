using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Hub.Server.Tests.Administration;

namespace Hub.Server.Tests.Identity;

/// <summary>
/// RFC 6750 §3.1 and RFC 9068 §4 at /graphql: a request whose bearer token fails validation is answered 401 with
/// <c>error="invalid_token"</c>, not executed as an anonymous request; without a token the public part stays open.
/// </summary>
public sealed class GraphQLBearerRejectionTests
{
    [Fact]
    public async Task An_invalid_bearer_token_is_401_invalid_token_while_no_token_is_served_anonymously()
    {
        await using var server = await HubKestrelServer.StartAsync();
        var client = await server.RegisterClientAsync("BEARER-TEST", ["clues.read"]);
        using var hub = new HubHttpClient(server.Address);
        var genuine = await hub.AccessTokenAsync(client.ClientId, client.ClientSecret!, "clues.read");
        var parts = genuine.Split('.');
        var tampered = $"{parts[0]}.{parts[1]}x.{parts[2]}";
        using var http = new HttpClient { BaseAddress = server.Address };

        var invalid = new List<(string Token, HttpResponseMessage Response)>();
        foreach (var token in new[] { "not-a-jwt", "a.b.c", tampered })
        {
            invalid.Add((token, await PostTypenameAsync(http, token)));
        }

        foreach (var (token, response) in invalid)
        {
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{token}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            Assert.Contains("error=\"invalid_token\"", response.Headers.WwwAuthenticate.ToString());
        }

        Assert.Equal(HttpStatusCode.OK, (await PostTypenameAsync(http, token: null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PostTypenameAsync(http, genuine)).StatusCode);
    }

    private static Task<HttpResponseMessage> PostTypenameAsync(HttpClient http, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("{\"query\":\"{ __typename }\"}", Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return http.SendAsync(request);
    }
}
