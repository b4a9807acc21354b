using System.Diagnostics;
using System.Diagnostics.Metrics;
using Hub.Data.Hosting;

namespace Hub.Data.Import;

/// <summary>An import's span (<c>import admin_penalty</c>) and its rows counted by data set and outcome (<c>hub.import.rows</c>).</summary>
internal sealed class ImportTelemetry(string dataSet) : IDisposable
{
    private static readonly Counter<long> Rows = HubDiagnostics.Meter.CreateCounter<long>(
        "hub.import.rows", "{row}", "Rows read by imports, by data set and outcome (inserted, updated, unchanged, rejected).");

    private readonly Activity? _activity = HubDiagnostics.Source.StartActivity($"import {dataSet}")?.SetTag("hub.import.data_set", dataSet);

    /// <summary>Records what the import did with its rows.</summary>
    public void Completed(ImportSummary summary)
    {
        foreach (var (outcome, count) in new[] { ("inserted", summary.Inserted), ("updated", summary.Updated), ("unchanged", summary.Unchanged), ("rejected", summary.Rejected) })
        {
            Rows.Add(count, new KeyValuePair<string, object?>("hub.import.data_set", dataSet), new KeyValuePair<string, object?>("hub.import.outcome", outcome));
            _activity?.SetTag($"hub.import.{outcome}", count);
        }
    }

    /// <summary>Marks the span failed (the file could not be imported).</summary>
    public void Failed(Exception exception) => _activity?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);

    public void Dispose() => _activity?.Dispose();
}
