using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Hub.Server.Tests.Transport;

/// <summary>Builds GraphQL-over-HTTP requests and reads their answers.</summary>
internal static class GraphQLRequests
{
    public const string GraphQLResponseJson = "application/graphql-response+json";

    public static HttpRequestMessage Post(string body, string accept = GraphQLResponseJson, string contentType = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        return request;
    }

    public static HttpRequestMessage PostQuery(string query, object? variables = null, string accept = GraphQLResponseJson) =>
        Post(JsonSerializer.Serialize(new { query, variables }), accept);

    public static HttpRequestMessage Get(string queryString, string accept = GraphQLResponseJson)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?" + queryString);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        return request;
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    public static string? FirstErrorCode(this JsonElement body) =>
        body.GetProperty("errors")[0].TryGetProperty("extensions", out var extensions) ? extensions.GetProperty("code").GetString() : null;
}
