using System.Threading.Channels;
using Hub.GraphQL.Execution.DataLoader;

namespace Hub.GraphQL.Execution.Processing;

/// <summary>
/// The single logical thread of one execution, like JavaScript's event loop: resolver continuations are posted here
/// and run one at a time, so the result tree needs no locks and completion order cannot change the response.
/// DataLoader batches are dispatched only when nothing else can run (never on a timer).
/// </summary>
/// <remarks>
/// "Nothing else can run" holds only for work that comes back here. A resolver continuation that leaves with
/// <c>ConfigureAwait(false)</c> after a value the pump delivered does not run inline: the runtime inlines such
/// continuations only where no custom context is current, so it queues them to the thread pool, and the pump may find
/// its queue empty and dispatch the next level's batch before they add their keys. Code on the resolver path therefore
/// awaits on the captured context.
/// </remarks>
internal sealed class ExecutionPump : SynchronizationContext, IBatchScheduler
{
    private readonly Channel<(SendOrPostCallback Callback, object? State)> _work =
        Channel.CreateUnbounded<(SendOrPostCallback, object?)>(new UnboundedChannelOptions { SingleReader = true });

    private readonly Lock _batchLock = new();
    private List<Func<ValueTask>> _batches = [];
    private int _wakeRequested;

    /// <summary>Field completions registered but not yet run; the pump stops when this reaches zero.</summary>
    public int PendingCompletions { get; set; }

    public override void Post(SendOrPostCallback d, object? state) => _work.Writer.TryWrite((d, state));

    public override void Send(SendOrPostCallback d, object? state) => d(state);

    public override SynchronizationContext CreateCopy() => this;

    public void Schedule(Func<ValueTask> dispatch)
    {
        lock (_batchLock)
        {
            _batches.Add(dispatch);
        }

        // A key added from another thread must wake a pump that is waiting for work.
        if (Current != this && Interlocked.Exchange(ref _wakeRequested, 1) == 0)
        {
            Post(static _ => { }, null);
        }
    }

    /// <summary>Makes this pump the synchronization context of the calling thread until the scope is disposed.</summary>
    public Scope Enter()
    {
        var previous = Current;
        SetSynchronizationContext(this);
        return new Scope(previous);
    }

    /// <summary>Runs posted work and dispatches batches until every registered completion has run.</summary>
    public async ValueTask RunUntilIdleAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            using (Enter())
            {
                while (_work.Reader.TryRead(out var item))
                {
                    item.Callback(item.State);
                }

                // Parked completions of an aborted request end silently, so the abort is reported here.
                cancellationToken.ThrowIfCancellationRequested();
                if (PendingCompletions == 0)
                {
                    return;
                }

                if (DispatchBatches())
                {
                    continue;
                }
            }

            Volatile.Write(ref _wakeRequested, 0);
            await _work.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Keeps running what cancelled resolvers post after their request stopped waiting for them: their continuations
    /// are queued here, and without a pump their <c>finally</c> blocks and disposals (a pooled connection going
    /// back) would never run. Idle waiting costs no thread. <paramref name="then"/> runs once they have all finished.
    /// </summary>
    public void DrainInBackground(Func<ValueTask> then) => _ = Task.Run(async () =>
    {
        await RunUntilIdleAsync(CancellationToken.None).ConfigureAwait(false);
        await then().ConfigureAwait(false);
    });

    private bool DispatchBatches()
    {
        List<Func<ValueTask>> batches;
        lock (_batchLock)
        {
            if (_batches.Count == 0)
            {
                return false;
            }

            batches = _batches;
            _batches = [];
        }

        foreach (var dispatch in batches)
        {
            // The batch's own failure is delivered to each waiting key by the DataLoader.
            _ = dispatch();
        }

        return true;
    }

    /// <summary>Restores the previous synchronization context.</summary>
    public readonly struct Scope(SynchronizationContext? previous) : IDisposable
    {
        public void Dispose() => SetSynchronizationContext(previous);
    }
}
