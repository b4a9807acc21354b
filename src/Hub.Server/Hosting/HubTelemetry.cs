using Hub.Data.Hosting;
using Hub.GraphQL.Execution;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Hub.Server.Hosting;

/// <summary>
/// Registers OpenTelemetry when <see cref="TelemetryOptions.OtlpEndpoint"/> is configured: traces of HTTP requests
/// (ASP.NET Core, with query strings redacted), outgoing HTTP calls, GraphQL operations (<see cref="OperationTelemetry"/>),
/// imports and model runs (<see cref="HubDiagnostics"/>) and database commands (Npgsql's own <c>Npgsql</c> source, SQL
/// without parameter values); metrics of the same plus token issuance and Npgsql's connection pool. Without an endpoint nothing is registered, so nothing is collected.
/// </summary>
public static class HubTelemetry
{
    /// <summary>Npgsql's own activity source and meter.</summary>
    private const string Npgsql = "Npgsql";

    /// <summary>Adds the exporters <c>Hub:Telemetry</c> asks for, if any.</summary>
    public static void AddHubTelemetry(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new TelemetryOptions();
        if (options.OtlpEndpoint is not { } endpoint)
        {
            return;
        }

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(options.ServiceName))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddSource(OperationTelemetry.SourceName, HubDiagnostics.SourceName, Npgsql)
                .AddOtlpExporter(exporter => Point(exporter, options, endpoint, "v1/traces")))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddMeter(OperationTelemetry.SourceName, HubDiagnostics.SourceName, Npgsql)
                .AddOtlpExporter((exporter, reader) =>
                {
                    Point(exporter, options, endpoint, "v1/metrics");
                    reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = (int)options.MetricExportInterval.TotalMilliseconds;
                }));
    }

    // Over HTTP the exporter posts to the address as given, so each signal gets its OTLP path; gRPC takes the base.
    private static void Point(OtlpExporterOptions exporter, TelemetryOptions options, Uri endpoint, string signalPath)
    {
        exporter.Protocol = options.OtlpProtocol == OtlpTransport.HttpProtobuf ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc;
        exporter.Endpoint = options.OtlpProtocol == OtlpTransport.HttpProtobuf
            ? new Uri(endpoint.AbsoluteUri.TrimEnd('/') + "/" + signalPath)
            : endpoint;
    }
}
