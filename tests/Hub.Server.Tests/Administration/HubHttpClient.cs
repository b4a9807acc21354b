using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Hub.Server.Tests.Administration;

/// <summary>What an agency's program does over HTTP: get tokens at /connect/token and send GraphQL with them.</summary>
public sealed class HubHttpClient(HttpClient http) : IDisposable
{
    private readonly HttpClient _http = http;

    /// <summary>A client of the hub listening at <paramref name="address"/>.</summary>
    public HubHttpClient(Uri address)
        : this(new HttpClient { BaseAddress = address })
    {
    }

    /// <summary>A client-credentials request with <c>client_secret_basic</c> (id and secret form-encoded, RFC 6749 §2.3.1).</summary>
    public async Task<(HttpStatusCode Status, JsonElement Body)> RequestTokenAsync(string clientId, string secret, string? scope)
    {
        var form = new Dictionary<string, string> { ["grant_type"] = "client_credentials" };
        if (scope is not null)
        {
            form["scope"] = scope;
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "/connect/token") { Content = new FormUrlEncodedContent(form) };
        var credentials = $"{WebUtility.UrlEncode(clientId)}:{WebUtility.UrlEncode(secret)}";
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials)));
        using var response = await _http.SendAsync(request);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement);
    }

    /// <summary>An access token, failing the test with the server's answer if it refuses.</summary>
    public async Task<string> AccessTokenAsync(string clientId, string secret, string? scope)
    {
        var (status, body) = await RequestTokenAsync(clientId, secret, scope);
        Assert.True(status == HttpStatusCode.OK, $"{clientId} got no token for '{scope}': {(int)status} {body}");
        return body.GetProperty("access_token").GetString()!;
    }

    /// <summary>POSTs a GraphQL request (with the bearer token when given) and returns the response body.</summary>
    public async Task<JsonElement> GraphQLAsync(string query, object? variables = null, string? accessToken = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        if (accessToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }

        using var response = await _http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GraphQL answered {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    /// <summary>
    /// Runs one mutation of the conventions' shape (<c>field(input: $input)</c>) and returns its payload, failing the test
    /// on a GraphQL error or a payload error.
    /// </summary>
    public async Task<JsonElement> MutateAsync(string accessToken, string field, string inputType, object input, string selection)
    {
        var body = await GraphQLAsync(
            $"mutation Change($input: {inputType}!) {{ {field}(input: $input) {{ {selection} errors {{ __typename ... on Error {{ message }} }} }} }}",
            new { input }, accessToken);
        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
        var payload = body.GetProperty("data").GetProperty(field);
        Assert.True(payload.GetProperty("errors").ValueKind == JsonValueKind.Null, payload.ToString());
        return payload;
    }

    public void Dispose() => _http.Dispose();
}
