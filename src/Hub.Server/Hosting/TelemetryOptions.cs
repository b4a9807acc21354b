namespace Hub.Server.Hosting;

/// <summary>
/// OpenTelemetry export (<c>Hub:Telemetry</c>): traces and metrics go to an OTLP collector when
/// <see cref="OtlpEndpoint"/> is set, and nothing is collected or sent when it is not.
/// </summary>
public sealed class TelemetryOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Hub:Telemetry";

    /// <summary>The collector's OTLP base address, e.g. <c>http://otel-collector:4317</c>; null: export nothing.</summary>
    public Uri? OtlpEndpoint { get; set; }

    /// <summary><c>Grpc</c> (port 4317 by convention) or <c>HttpProtobuf</c> (4318; the hub appends <c>v1/traces</c> and <c>v1/metrics</c>).</summary>
    public OtlpTransport OtlpProtocol { get; set; } = OtlpTransport.Grpc;

    /// <summary>How often the metrics are sent.</summary>
    public TimeSpan MetricExportInterval { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The <c>service.name</c> the hub reports.</summary>
    public string ServiceName { get; set; } = "hub";
}

/// <summary>How the OTLP exporter talks to the collector.</summary>
public enum OtlpTransport
{
    /// <summary>OTLP over gRPC.</summary>
    Grpc,

    /// <summary>OTLP over HTTP with protobuf bodies.</summary>
    HttpProtobuf,
}
