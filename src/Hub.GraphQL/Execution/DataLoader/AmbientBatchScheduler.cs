namespace Hub.GraphQL.Execution.DataLoader;

/// <summary>
/// Schedules batches on the execution that is running on the current async flow, so DataLoaders created per request
/// (for example as scoped services) need no reference to the executor. Outside an execution a batch runs at once
/// on the thread pool.
/// </summary>
public sealed class AmbientBatchScheduler : IBatchScheduler
{
    private static readonly AsyncLocal<IBatchScheduler?> CurrentScheduler = new();

    private AmbientBatchScheduler()
    {
    }

    public static AmbientBatchScheduler Instance { get; } = new();

    public void Schedule(Func<ValueTask> dispatch)
    {
        if (CurrentScheduler.Value is { } scheduler)
        {
            scheduler.Schedule(dispatch);
            return;
        }

        ThreadPool.UnsafeQueueUserWorkItem(static d => _ = d(), dispatch, preferLocal: false);
    }

    /// <summary>Makes <paramref name="scheduler"/> current for the calling async flow until disposed.</summary>
    internal static Scope Use(IBatchScheduler scheduler)
    {
        var previous = CurrentScheduler.Value;
        CurrentScheduler.Value = scheduler;
        return new Scope(previous);
    }

    internal readonly struct Scope(IBatchScheduler? previous) : IDisposable
    {
        public void Dispose() => CurrentScheduler.Value = previous;
    }
}
