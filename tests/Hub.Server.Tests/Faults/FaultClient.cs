using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Hub.Server.Tests.Faults;

/// <summary>One answer seen by a fault test: when it was sent and answered (since the test began), its status, the
/// first error code and the <c>Retry-After</c> header.</summary>
internal sealed record Answer(TimeSpan SentAt, TimeSpan AnsweredAt, int Status, string? Code, string? RetryAfter);

/// <summary>An agency's program talking to the hub under test: a client registered with the CLI, tokens, a query that reads the database.</summary>
internal sealed class FaultClient(HubServeProcess hub, string clientId, string clientSecret) : IDisposable
{
    /// <summary>Reads the database on every call (a count of administrative penalties).</summary>
    public const string Query = "{ administrativePenalties(first: 1) { totalCount } }";

    private readonly HttpClient _http = new() { BaseAddress = hub.Address, Timeout = TimeSpan.FromSeconds(30) };
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    /// <summary>Time since the client was created: the axis every <see cref="Answer"/> is on.</summary>
    public TimeSpan Now => _clock.Elapsed;

    /// <summary>Registers an agency and a client with <c>enforcement.read</c> through the <c>hub</c> command line.</summary>
    public static async Task<FaultClient> RegisterAsync(HubServeProcess hub)
    {
        var agency = await hub.RunCommandAsync("agency", "add", "--code", "FAULT", "--name", "Fault test agency", "--kind", "procuratorate", "--region", "430281");
        Assert.True(agency.ExitCode == 0, agency.Error);
        var client = await hub.RunCommandAsync("client", "create", "--agency", "FAULT", "--scope", "enforcement.read", "--json");
        Assert.True(client.ExitCode == 0, client.Error);
        var registration = JsonDocument.Parse(client.Output).RootElement;
        return new FaultClient(hub, registration.GetProperty("client_id").GetString()!, registration.GetProperty("client_secret").GetString()!);
    }

    /// <summary>A token request; returns the answer and the token when one was issued.</summary>
    public async Task<(Answer Answer, string? Token)> RequestTokenAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/connect/token")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["scope"] = "enforcement.read" }),
        };
        request.Headers.Authorization = Basic();
        var (answer, body) = await SendAsync(request, json => json.TryGetProperty("error", out var error) ? error.GetString() : null);
        return (answer, body.TryGetProperty("access_token", out var token) ? token.GetString() : null);
    }

    /// <summary>Revokes <paramref name="token"/> (RFC 7009) and fails unless the hub accepted it.</summary>
    public async Task RevokeAsync(string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/connect/revoke")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["token"] = token }),
        };
        request.Headers.Authorization = Basic();
        using var response = await _http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>Sends <paramref name="query"/> (by default <see cref="Query"/>) with <paramref name="token"/>; the answer and the JSON body.</summary>
    public async Task<(Answer Answer, JsonElement Body)> QueryAsync(string token, string query = Query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await SendAsync(request, json =>
            json.TryGetProperty("errors", out var errors) && errors[0].TryGetProperty("extensions", out var extensions)
                ? extensions.GetProperty("code").GetString()
                : null);
    }

    public void Dispose() => _http.Dispose();

    private AuthenticationHeaderValue Basic() =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{clientId}:{clientSecret}")));

    private async Task<(Answer Answer, JsonElement Body)> SendAsync(HttpRequestMessage request, Func<JsonElement, string?> code)
    {
        var sentAt = Now;
        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var body = text.Length > 0 && text[0] == '{' ? JsonDocument.Parse(text).RootElement : default;
        var retryAfter = response.Headers.RetryAfter?.Delta is { } delta ? ((int)delta.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
        var errorCode = body.ValueKind == JsonValueKind.Object ? code(body) : text;
        return (new Answer(sentAt, Now, (int)response.StatusCode, errorCode, retryAfter), body);
    }
}
