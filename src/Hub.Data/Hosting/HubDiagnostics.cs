using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Hub.Data.Hosting;

/// <summary>
/// The hub's own OpenTelemetry source and meter (named <see cref="SourceName"/>, which the server subscribes to when
/// an OTLP endpoint is configured; nothing is recorded otherwise): imports, model runs and token issuance record their
/// spans and counts here, never a key or a name.
/// </summary>
public static class HubDiagnostics
{
    public const string SourceName = "Hub";

    public static ActivitySource Source { get; } = new(SourceName);

    public static Meter Meter { get; } = new(SourceName);
}
