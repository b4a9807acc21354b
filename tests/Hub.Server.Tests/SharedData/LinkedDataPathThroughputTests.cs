using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Hub.Data.Hosting;
using Hub.Server.Tests.Administration;
using Hub.Server.Tests.Bench;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Hub.Server.Tests.SharedData;

/// <summary>
/// The data path under load with issue 17's realistic query (<see cref="HandWrittenLinkedPenaltiesEndpoint.Query"/>:
/// a page, its count, the persons it names and their criminal judgments) against the hand-written endpoint that runs
/// the same statements, on PostgreSQL with the generator's demo data, with wrk at 50 connections
/// (bench/graphql-post.lua), the hub and the endpoint alternating. Both answers must be byte-equal and every hub
/// request must succeed; the rates and p50/p99 are reported, not asserted. HUB_BENCH_SECONDS (5 s by default) and
/// HUB_BENCH_ROUNDS (1) set the length of each run and how many hub/hand-written pairs run.
/// </summary>
public sealed class LinkedDataPathThroughputTests(ITestOutputHelper output)
{
    private static readonly string Seconds = Environment.GetEnvironmentVariable("HUB_BENCH_SECONDS") ?? "5";
    private static readonly int Rounds = int.Parse(Environment.GetEnvironmentVariable("HUB_BENCH_ROUNDS") ?? "1");

    [Fact]
    public async Task The_hub_and_the_hand_written_endpoint_answer_the_linked_query_alike_and_every_hub_request_succeeds()
    {
        await using var server = await HubKestrelServer.StartOnPostgresAsync("hub_linked_data_path_load");
        Assert.True(await server.Services.GetRequiredService<HubDatabase>().SeedDemoDataAsync(scale: 1));
        var client = await server.RegisterClientAsync("LOAD", HandWrittenLinkedPenaltiesEndpoint.Scopes);
        using var http = new HubHttpClient(server.Address);
        var token = await http.AccessTokenAsync(client.ClientId, client.ClientSecret!, scope: null);
        await using var handWritten = await HandWrittenLinkedPenaltiesEndpoint.StartAsync(server.Services, HandWrittenLinkedPenaltiesEndpoint.Caller(client.ClientId, "LOAD"));
        var body = JsonSerializer.Serialize(new { query = HandWrittenLinkedPenaltiesEndpoint.Query });

        var hubAnswer = await AnswerAsync(server.GraphQL, body, token);
        Assert.Equal(hubAnswer, await AnswerAsync(handWritten.Address, body, token: null));
        var page = JsonDocument.Parse(hubAnswer).RootElement.GetProperty("data").GetProperty("administrativePenalties");
        Assert.Equal(20, page.GetProperty("nodes").GetArrayLength());
        Assert.Contains(page.GetProperty("nodes").EnumerateArray(), node => node.GetProperty("person").ValueKind == JsonValueKind.Object);

        for (var round = 1; round <= Rounds; round++)
        {
            var hub = await LoadAsync(server.GraphQL, body, $"Bearer {token}");
            var baseline = await LoadAsync(handWritten.Address, body, authorization: null);
            output.WriteLine($"round {round}, load average {File.ReadAllText("/proc/loadavg").Trim()}");
            output.WriteLine($"  hub          {hub.GetRawText()}");
            output.WriteLine($"  hand-written {baseline.GetRawText()}");
            output.WriteLine($"  ratio {hub.GetProperty("requestsPerSecond").GetDouble() / baseline.GetProperty("requestsPerSecond").GetDouble():0.00}");
            Assert.True(hub.GetProperty("requests").GetInt64() > 0);
            Assert.Equal((0, 0), (hub.GetProperty("non2xx").GetInt32(), hub.GetProperty("socketErrors").GetInt32()));
            Assert.True(baseline.GetProperty("requests").GetInt64() > 0);
        }
    }

    [Fact]
    public async Task The_hand_written_endpoint_runs_the_statements_the_hub_runs()
    {
        await using var server = await HubKestrelServer.StartOnPostgresAsync("hub_linked_data_path_sql", SqlLog.Settings);
        Assert.True(await server.Services.GetRequiredService<HubDatabase>().SeedDemoDataAsync(scale: 1));
        var client = await server.RegisterClientAsync("LOAD", HandWrittenLinkedPenaltiesEndpoint.Scopes);
        using var http = new HubHttpClient(server.Address);
        var token = await http.AccessTokenAsync(client.ClientId, client.ClientSecret!, scope: null);
        await using var handWritten = await HandWrittenLinkedPenaltiesEndpoint.StartAsync(server.Services, HandWrittenLinkedPenaltiesEndpoint.Caller(client.ClientId, "LOAD"));
        var body = JsonSerializer.Serialize(new { query = HandWrittenLinkedPenaltiesEndpoint.Query });
        var sql = SqlLog.AttachTo(server.Services);

        await AnswerAsync(server.GraphQL, body, token);
        var hub = Statements(sql);
        sql.Clear();
        await AnswerAsync(handWritten.Address, body, token: null);

        // The page, its count, the persons, their judgments; parameter names aside, the same SQL.
        Assert.Equal(4, hub.Count);
        Assert.Equal(hub, Statements(sql));
    }

    /// <summary>The shared-data statements logged, without timings and parameter names, in a stable order.</summary>
    private static List<string> Statements(SqlLog sql) =>
        [.. new[] { "admin_penalty", "person", "criminal_judgment" }.SelectMany(sql.Reading)
            .Select(command => Regex.Replace(command[command.IndexOf('\n')..], @"@\w+", "@p"))
            .Order(StringComparer.Ordinal)];

    private static async Task<string> AnswerAsync(Uri address, string body, string? token)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, address) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await http.SendAsync(request);
        var answer = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, answer);
        return answer;
    }

    /// <summary>One wrk run (2 threads, 50 connections) against <paramref name="address"/>; the script's JSON summary.</summary>
    private static async Task<JsonElement> LoadAsync(Uri address, string body, string? authorization)
    {
        var script = Path.Combine(AppContext.BaseDirectory, "bench", "graphql-post.lua");
        var start = new ProcessStartInfo("wrk", ["-t", "2", "-c", "50", "-d", $"{Seconds}s", "--timeout", "10s", "-s", script, address.ToString()])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["WRK_BODY"] = body, ["WRK_AUTHORIZATION"] = authorization ?? "" },
        };
        using var wrk = Process.Start(start)!;
        var stdout = await wrk.StandardOutput.ReadToEndAsync();
        var stderr = await wrk.StandardError.ReadToEndAsync();
        await wrk.WaitForExitAsync();
        Assert.True(wrk.ExitCode == 0, $"wrk exited with {wrk.ExitCode}: {stderr}");
        return JsonDocument.Parse(stdout.Split('\n').Last(line => line.StartsWith('{'))).RootElement.Clone();
    }
}
