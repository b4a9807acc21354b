using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Hub.Identity.Tests;

/// <summary>Builds token-endpoint requests the way an RFC-following client does.</summary>
public static class TokenRequests
{
    /// <summary>HTTP Basic credentials with each part form-encoded first (RFC 6749 §2.3.1, Appendix B).</summary>
    public static AuthenticationHeaderValue Basic(string clientId, string secret) =>
        RawBasic($"{WebUtility.UrlEncode(clientId)}:{WebUtility.UrlEncode(secret)}");

    /// <summary>HTTP Basic with the given text base64-encoded as is (to test malformed credentials).</summary>
    public static AuthenticationHeaderValue RawBasic(string userColonPassword) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(userColonPassword)));

    public static Task<HttpResponseMessage> PostAsync(
        HttpClient http, string path, AuthenticationHeaderValue? authorization, params (string Name, string Value)[] form)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new FormUrlEncodedContent(form.Select(p => new KeyValuePair<string, string>(p.Name, p.Value))),
        };
        request.Headers.Authorization = authorization;
        return http.SendAsync(request);
    }

    public static Task<HttpResponseMessage> TokenAsync(HttpClient http, AuthenticationHeaderValue? authorization, params (string Name, string Value)[] form) =>
        PostAsync(http, IdentityEndpointPaths.Token, authorization, form);

    /// <summary>Gets an access token with Basic authentication, failing the test if the server refuses.</summary>
    public static async Task<string> AccessTokenAsync(HttpClient http, string clientId, string secret, string? scope = null)
    {
        var form = new List<(string, string)> { ("grant_type", "client_credentials") };
        if (scope is not null)
        {
            form.Add(("scope", scope));
        }

        var response = await TokenAsync(http, Basic(clientId, secret), [.. form]);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
    }

    /// <summary>The <c>error</c> member of an OAuth error response.</summary>
    public static async Task<string> ErrorAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(body).RootElement.GetProperty("error").GetString()!;
    }
}
