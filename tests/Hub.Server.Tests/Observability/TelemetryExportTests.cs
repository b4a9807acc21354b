using System.Text;
using Hub.Server.Tests.Administration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Hub.Server.Tests.Observability;

/// <summary>
/// OpenTelemetry as an operator turns it on: with <c>Hub:Telemetry:OtlpEndpoint</c> the hub on PostgreSQL sends OTLP
/// traces and metrics to the collector, the GraphQL operation as a span named by its kind and name beside the HTTP
/// request and Npgsql's database commands, and never a variable's value; without it nothing is registered.
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

        Assert.Equal("""{"data":{"person":null}}""", body.GetRawText());
        var traces = await collector.WaitForAsync("/v1/traces", "query LookupPerson", TimeSpan.FromSeconds(30));
        await collector.WaitForAsync("/v1/traces", "postgresql", TimeSpan.FromSeconds(30));
        await collector.WaitForAsync("/v1/traces", "http.route", TimeSpan.FromSeconds(30));
        await collector.WaitForAsync("/v1/metrics", "hub.graphql.operation.duration", TimeSpan.FromSeconds(30));
        await collector.WaitForAsync("/v1/metrics", "http.server.request.duration", TimeSpan.FromSeconds(30));
        var text = string.Join('\n', traces.Select(Encoding.UTF8.GetString));
        Assert.Contains("graphql.operation.name", text, StringComparison.Ordinal);
        Assert.DoesNotContain(IdNumber, text, StringComparison.Ordinal);
        Assert.DoesNotContain(IdNumber[..6] + "*", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_an_endpoint_no_telemetry_is_registered()
    {
        await using var hub = await HubKestrelServer.StartAsync();

        Assert.Null(hub.Services.GetService<TracerProvider>());
        Assert.Null(hub.Services.GetService<MeterProvider>());
    }
}
