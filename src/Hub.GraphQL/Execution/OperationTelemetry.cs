using System.Diagnostics;
using System.Diagnostics.Metrics;
using Hub.GraphQL.Language;

namespace Hub.GraphQL.Execution;

/// <summary>
/// The OpenTelemetry signals of one GraphQL request, through .NET's own <see cref="ActivitySource"/> and
/// <see cref="Meter"/> named <see cref="SourceName"/> (a host subscribes to them; nothing is recorded otherwise): a
/// span named by the operation's kind and name (<c>query PenaltiesOfPerson</c>), and the operations' duration and
/// errors by code. Only the kind, the name, the cost and the error codes are recorded: the document, the variables and the
/// error messages can carry the identity numbers the hub protects.
/// </summary>
public sealed class OperationTelemetry : IDisposable
{
    /// <summary>The name of the engine's activity source and meter.</summary>
    public const string SourceName = "Hub.GraphQL";

    private static readonly ActivitySource Source = new(SourceName);
    private static readonly Meter Meter = new(SourceName);
    private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>(
        "hub.graphql.operation.duration", "s", "How long GraphQL requests took, by operation kind and outcome.");
    private static readonly Counter<long> Errors = Meter.CreateCounter<long>(
        "hub.graphql.errors", "{error}", "GraphQL errors returned, by error code (extensions.code; none when uncoded).");

    private readonly Activity? _activity = Source.StartActivity("graphql");
    private readonly long _started = Stopwatch.GetTimestamp();
    private string _kind = "unknown";

    /// <summary>Names the span after the operation once the request has chosen it.</summary>
    public void Operation(OperationType kind, string? name)
    {
        _kind = kind.ToString().ToLowerInvariant();
        if (_activity is null)
        {
            return;
        }

        _activity.DisplayName = name is null ? _kind : $"{_kind} {name}";
        _activity.SetTag("graphql.operation.type", _kind);
        _activity.SetTag("graphql.operation.name", name);
    }

    /// <summary>Puts the operation's cost (as the cost limits weigh it) on the span of the request being executed, if any.</summary>
    public static void Cost(double fieldCost, double typeCost)
    {
        if (Activity.Current is { } activity && activity.Source == Source)
        {
            activity.SetTag("hub.graphql.cost.field", fieldCost);
            activity.SetTag("hub.graphql.cost.type", typeCost);
        }
    }

    /// <summary>Records how the request ended: its errors' codes on the span and in the meters, and its duration.</summary>
    public void Completed(IExecutionResult result)
    {
        var errors = (result as ExecutionResult)?.Errors ?? [];
        Duration.Record(Stopwatch.GetElapsedTime(_started).TotalSeconds,
            new KeyValuePair<string, object?>("graphql.operation.type", _kind), new KeyValuePair<string, object?>("hub.graphql.outcome", errors.Count == 0 ? "ok" : "error"));
        if (errors.Count == 0)
        {
            return;
        }

        var codes = errors.Select(e => e.Code ?? "none").ToList();
        foreach (var code in codes)
        {
            Errors.Add(1, new KeyValuePair<string, object?>("graphql.operation.type", _kind), new KeyValuePair<string, object?>("error.code", code));
        }

        if (_activity is not null)
        {
            _activity.SetTag("hub.graphql.error_codes", string.Join(",", codes.Distinct().Order(StringComparer.Ordinal)));
            _activity.SetStatus(ActivityStatusCode.Error);
        }
    }

    public void Dispose() => _activity?.Dispose();
}
