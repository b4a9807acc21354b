using System.Diagnostics;
using System.Diagnostics.Metrics;
using Hub.Data.Hosting;
using Hub.Supervision.Store;

namespace Hub.Supervision.Running;

/// <summary>
/// A model run's span (<c>model run M01</c>, with its region, rows read and clues) and the runs counted by model and
/// outcome (<c>hub.model.runs</c>) with their duration (<c>hub.model.run.duration</c>).
/// </summary>
internal sealed class ModelRunTelemetry(string modelId, string regionCode) : IDisposable
{
    private static readonly Counter<long> Runs = HubDiagnostics.Meter.CreateCounter<long>(
        "hub.model.runs", "{run}", "Supervision model runs, by model and outcome.");

    private static readonly Histogram<double> Duration = HubDiagnostics.Meter.CreateHistogram<double>(
        "hub.model.run.duration", "s", "How long supervision model runs took, by model and outcome.");

    private readonly Activity? _activity = HubDiagnostics.Source.StartActivity($"model run {modelId}")
        ?.SetTag("hub.model.id", modelId).SetTag("hub.model.region", regionCode);

    private readonly long _started = Stopwatch.GetTimestamp();

    /// <summary>Records a stored run.</summary>
    public void Succeeded(ModelRun run)
    {
        _activity?.SetTag("hub.model.rows_read", run.RowsRead).SetTag("hub.model.clues_created", run.CluesCreated);
        Record("succeeded");
    }

    /// <summary>Records a run that failed.</summary>
    public void Failed(Exception exception)
    {
        _activity?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
        Record("failed");
    }

    public void Dispose() => _activity?.Dispose();

    private void Record(string outcome)
    {
        KeyValuePair<string, object?>[] tags = [new("hub.model.id", modelId), new("hub.model.outcome", outcome)];
        Runs.Add(1, tags);
        Duration.Record(Stopwatch.GetElapsedTime(_started).TotalSeconds, tags);
    }
}
