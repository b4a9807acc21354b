using System.Text.Json;
using Hub.Data.Hosting;
using Hub.Server.Tests.Administration;
using Hub.Server.Tests.Bench;
using Hub.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Hub.Server.Tests.SharedData;

/// <summary>
/// Issue 14's figure: a list with a selective <c>where</c>, a projection of three fields and <c>first: 50</c>, on PostgreSQL
/// with the generator's demo data (database <c>data_s{scale}_…</c>), against the hand-written endpoint running the same
/// EF Core query with the same condition, audit insert and JSON (<see cref="HandWrittenPenaltiesEndpoint"/>), autocannon at
/// 50 connections in rounds that alternate who goes first (bench/data-path-load.mjs). Both answers must be byte-equal and
/// every hub request must succeed; the rates and their ratio are reported, not asserted. HUB_BENCH_SCALE (1),
/// HUB_BENCH_SECONDS (5) and HUB_BENCH_ROUNDS (1) size the run.
/// </summary>
public sealed class SelectiveListThroughputTests(ITestOutputHelper output)
{
    private const string ViolationType = "超标排放";

    private const string Query = $$"""{ administrativePenalties(first: 50, where: { violationType: { eq: "{{ViolationType}}" } }) { nodes { decisionNo agencyKind decisionDate } } }""";

    private static readonly int Scale = int.Parse(Environment.GetEnvironmentVariable("HUB_BENCH_SCALE") ?? "1", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_hub_and_the_hand_written_endpoint_answer_a_selective_where_alike_and_every_request_succeeds()
    {
        await using var server = await HubKestrelServer.StartOnPostgresAsync($"data_s{Scale}");
        Assert.True(await server.Services.GetRequiredService<HubDatabase>().SeedDemoDataAsync(Scale));
        var client = await server.RegisterClientAsync("LOAD", ["enforcement.read"]);
        using var http = new HubHttpClient(server.Address);
        var token = await http.AccessTokenAsync(client.ClientId, client.ClientSecret!, scope: null);
        var where = new HandWrittenPenaltiesEndpoint.PenaltyWhere(r => r.ViolationType == ViolationType,
            new Dictionary<string, object?> { ["violationType"] = new Dictionary<string, object?> { ["eq"] = ViolationType } });
        await using var handWritten = await HandWrittenPenaltiesEndpoint.StartAsync(server.Services, HandWrittenPenaltiesEndpoint.Caller(client.ClientId, "LOAD"), where);

        var json = await NodeScript.RunAsync("http", "../../Hub.Server.Tests/bench/data-path-load.mjs",
            [server.GraphQL.ToString(), token, handWritten.Address.ToString(), Environment.GetEnvironmentVariable("HUB_BENCH_SECONDS") ?? "5", "50", Query,
             Environment.GetEnvironmentVariable("HUB_BENCH_ROUNDS") ?? "1"],
            TimeSpan.FromMinutes(30));
        output.WriteLine($"{json}\nload average: {File.ReadAllText("/proc/loadavg").Trim()}");

        var result = JsonDocument.Parse(json).RootElement;
        Assert.Equal(50, result.GetProperty("rows").GetInt32());
        var hub = result.GetProperty("hub");
        Assert.True(hub.GetProperty("total").GetInt64() > 0);
        Assert.Equal((0, 0), (hub.GetProperty("non2xx").GetInt32(), hub.GetProperty("errors").GetInt32()));
        Assert.True(result.GetProperty("handWritten").GetProperty("total").GetInt64() > 0);
    }
}
