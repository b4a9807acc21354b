using System.Text;
using Hub.Data.Hosting;
using Hub.Data.Import;
using Hub.Server.Tests.Administration;
using Hub.Supervision.Running;
using Hub.Supervision.Store;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Hub.Server.Tests.Observability;

/// <summary>
/// OpenTelemetry as an operator turns it on: with <c>Hub:Telemetry:OtlpEndpoint</c> the hub on PostgreSQL sends OTLP
/// traces and metrics to the collector: the GraphQL operation as a span named by its kind and name with its cost and
/// error codes beside the HTTP request and Npgsql's database commands, imports and model runs as spans, and the
/// counts of requests, errors by code, issued tokens, imported rows and model runs; never a variable's value. Without
/// it nothing is registered.
/// </summary>
public sealed class TelemetryExportTests
{
    private const string IdNumber = "11010519491231002X";

    [Fact]
    public async Task With_an_otlp_endpoint_operations_http_requests_and_database_commands_are_exported_without_variables()
    {
        using var collector = OtlpCollector.Start();
        await using var hub = await HubKestrelServer.StartOnPostgresAsync("hub_telemetry", new Dictionary<string, string?>
        {
            ["Hub:Telemetry:OtlpEndpoint"] = collector.Address.AbsoluteUri,
            ["Hub:Telemetry:OtlpProtocol"] = "HttpProtobuf",
            ["Hub:Telemetry:MetricExportInterval"] = "00:00:01",
        });
        using var http = new HubHttpClient(hub.Address);
        var client = await hub.RegisterClientAsync("TEL-430281", ["persons.read"]);
        var token = await http.AccessTokenAsync(client.ClientId, client.ClientSecret!, scope: null);

        var body = await http.GraphQLAsync("query LookupPerson($id: String!) { person(idNumber: $id) { sex } }", new { id = IdNumber }, token);
        var refused = await http.GraphQLAsync("query BadKey { person(idNumber: \"12345\") { sex } }", accessToken: token);
        var imported = await ImportOnePenaltyAsync(hub);
        var run = await new ModelRunner(hub.Services.GetRequiredService<HubDatabase>().Options).RunAsync(new RunRequest("M01", new DateOnly(2025, 6, 30), "430281",
            new Dictionary<string, string> { ["theftLarge"] = "2000", ["hazardousWasteTonnes"] = "3", ["heavyMetalExceedMultiple"] = "3", ["otherMetalExceedMultiple"] = "10", ["repeatPenalties"] = "2" }, "test"));

        Assert.Equal("""{"data":{"person":null}}""", body.GetRawText());
        Assert.Equal("HUB_INVALID_ID_NUMBER", refused.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal((1L, 0L), (imported.Inserted, imported.Rejected));
        Assert.Equal(RunOutcome.Succeeded, run.Outcome);
        var traces = await collector.WaitForAsync("/v1/traces", "query LookupPerson", TimeSpan.FromSeconds(30));
        foreach (var span in new[] { "postgresql", "http.route", "hub.graphql.cost.field", "query BadKey", "HUB_INVALID_ID_NUMBER", "import admin_penalty", "hub.import.inserted", "model run M01", "hub.model.clues_created" })
        {
            traces = await collector.WaitForAsync("/v1/traces", span, TimeSpan.FromSeconds(30));
        }

        foreach (var metric in new[] { "hub.graphql.operation.duration", "hub.graphql.errors", "http.server.request.duration", "hub.tokens.issued", "hub.import.rows", "hub.model.runs", "hub.model.run.duration" })
        {
            await collector.WaitForAsync("/v1/metrics", metric, TimeSpan.FromSeconds(30));
        }

        var text = string.Join('\n', traces.Select(Encoding.UTF8.GetString));
        Assert.Contains("graphql.operation.name", text, StringComparison.Ordinal);
        Assert.DoesNotContain(IdNumber, text, StringComparison.Ordinal);
        Assert.DoesNotContain(IdNumber[..6] + "*", text, StringComparison.Ordinal);
    }

    private static async Task<ImportSummary> ImportOnePenaltyAsync(HubKestrelServer hub)
    {
        var folder = Directory.CreateTempSubdirectory("hub-telemetry-").FullName;
        var path = Path.Combine(folder, "admin_penalty.csv");
        await File.WriteAllTextAsync(path,
            "source_agency,source_record_id,region_code,agency_kind,decision_no,person_id_number,violation_type,penalty_types,decision_date\n" +
            $"TEL-430281,T1,430281,PSB,测罚〔2024〕T1号,{IdNumber},盗窃,FINE,2024-05-01\n");
        var importer = hub.Services.GetRequiredService<HubDatabase>().CreateImporter(agencyRegions: new Dictionary<string, string> { ["TEL-430281"] = "430281" });
        await using var rejects = new RejectReport(Path.Combine(folder, "rejects.csv"));
        return await importer.ImportAsync("admin_penalty", path, rejects);
    }

    [Fact]
    public async Task Without_an_endpoint_no_telemetry_is_registered()
    {
        await using var hub = await HubKestrelServer.StartAsync();

        Assert.Null(hub.Services.GetService<TracerProvider>());
        Assert.Null(hub.Services.GetService<MeterProvider>());
    }
}
