using Hub.GraphQL.Errors;
using Hub.GraphQL.Execution.DataLoader;
using Hub.GraphQL.Execution.Planning;
using Hub.GraphQL.Language;

namespace Hub.GraphQL.Execution.Processing;

/// <summary>
/// One execution of a compiled operation (graphql-js <c>ExecutionContext</c> + <c>executeOperation</c>). Fields run
/// depth-first; synchronous resolvers complete inline, asynchronous ones are parked and completed by the
/// <see cref="ExecutionPump"/>. Non-null errors climb the result tree by return value, never by exception.
/// </summary>
internal sealed partial class OperationExecution
{
    /// <summary>Returned for a non-null position that failed: its parent must become null in turn.</summary>
    internal static readonly object Invalid = new();

    /// <summary>Stored in a slot whose value an asynchronous completion will fill in later.</summary>
    internal static readonly object Pending = new();

    private readonly ExecutionPump _pump = new();
    private readonly List<ErrorRecord> _errors = [];
    private ErrorRecord? _lastError;
    private bool _dataNulled;
    private List<Func<ValueTask>>? _cleanups;
    private bool _cleanUpAfterDrain;

    public OperationExecution(CompiledOperation operation, RequestState request, object? rootValue)
    {
        Operation = operation;
        Request = request;
        RootValue = rootValue;
    }

    public CompiledOperation Operation { get; }

    public RequestState Request { get; }

    public object? RootValue { get; }

    public IReadOnlyDictionary<string, object?> Variables => Request.Variables;

    public ValueTask<ExecutionResult> ExecuteAsync()
    {
        // An operation that finished synchronously with nothing to clean up pays for no second state machine.
        var execution = ExecuteOperationAsync();
        return execution.IsCompletedSuccessfully && _cleanups is null ? execution : CleanUpAfterAsync(execution);
    }

    /// <summary>Registers work to run once the operation has executed (see <c>IResolverContext.RegisterForCleanup</c>).</summary>
    public void RegisterForCleanup(Func<ValueTask> cleanup)
    {
        // Resolvers' continuations may run on any thread, so registrations are serialized.
        var cleanups = LazyInitializer.EnsureInitialized(ref _cleanups);
        lock (cleanups)
        {
            cleanups.Add(cleanup);
        }
    }

    /// <summary>Runs the registered cleanups in reverse order of registration, each once.</summary>
    public async ValueTask CleanUpAsync()
    {
        if (Interlocked.Exchange(ref _cleanups, null) is not { } cleanups)
        {
            return;
        }

        Func<ValueTask>[] registered;
        lock (cleanups)
        {
            registered = [.. cleanups];
        }

        for (var i = registered.Length - 1; i >= 0; i--)
        {
            await registered[i]().ConfigureAwait(false);
        }
    }

    private async ValueTask<ExecutionResult> CleanUpAfterAsync(ValueTask<ExecutionResult> execution)
    {
        try
        {
            return await execution.ConfigureAwait(false);
        }
        finally
        {
            if (!_cleanUpAfterDrain)
            {
                await CleanUpAsync().ConfigureAwait(false);
            }
        }
    }

    private async ValueTask<ExecutionResult> ExecuteOperationAsync()
    {
        SelectionSet selections;
        try
        {
            selections = Operation.GetRootSelections(Variables);
        }
        catch (GraphQLException exception)
        {
            // graphql-js executeImpl: an error while collecting the root fields fails the operation with "data": null.
            return new ExecutionResult { Errors = exception.Errors, HasData = true };
        }

        var root = new ResultMap(selections, null, -1, isNonNullPosition: true);
        using (AmbientBatchScheduler.Use(_pump))
        {
            if (Operation.Definition.Operation == OperationType.Mutation)
            {
                await ExecuteSeriallyAsync(root).ConfigureAwait(false);
            }
            else
            {
                using (_pump.Enter())
                {
                    if (!ExecuteSelections(root, RootValue))
                    {
                        NullData(root);
                    }
                }

                await RunPumpAsync().ConfigureAwait(false);
            }
        }

        return new ExecutionResult { Data = _dataNulled ? null : root, HasData = true, Errors = CollectErrors() };
    }

    /// <summary>Runs the pump until the execution is idle; on cancellation the request gives up, the resolvers are drained.</summary>
    private async ValueTask RunPumpAsync()
    {
        try
        {
            await _pump.RunUntilIdleAsync(Request.CancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Resolvers still running may be using what was registered for cleanup (a DbContext mid-query): disposed
            // under them, its connection would be closed while a command reads from it, which corrupts the protocol
            // ("Internal Npgsql bug: unexpected value … of enum BackendMessageCode") or fails its transaction. So the
            // cleanups run once the drained resolvers have finished.
            _cleanUpAfterDrain = true;
            _pump.DrainInBackground(then: CleanUpAsync);
            throw;
        }
    }

    /// <summary>graphql-js <c>executeFieldsSerially</c>: each root mutation field finishes before the next starts.</summary>
    private async ValueTask ExecuteSeriallyAsync(ResultMap root)
    {
        var selections = root.SelectionSet.Selections;
        for (var i = 0; i < selections.Length && !_dataNulled; i++)
        {
            using (_pump.Enter())
            {
                var value = ExecuteField(root, i, selections[i], RootValue);
                if (value == Invalid)
                {
                    NullData(root);
                }
                else if (value != Pending)
                {
                    root.Values[i] = value;
                }
            }

            await RunPumpAsync().ConfigureAwait(false);
        }
    }

    /// <summary>graphql-js <c>executeFields</c>: false when a non-null field failed, which skips the later siblings.</summary>
    private bool ExecuteSelections(ResultMap map, object? source)
    {
        Request.CancellationToken.ThrowIfCancellationRequested();
        var selections = map.SelectionSet.Selections;
        var values = map.Values;
        for (var i = 0; i < selections.Length; i++)
        {
            var value = ExecuteField(map, i, selections[i], source);
            if (value == Invalid)
            {
                map.Invalidate(_lastError!);
                return false;
            }

            if (value != Pending)
            {
                values[i] = value;
            }
        }

        return true;
    }

    private void NullData(ResultMap root)
    {
        root.Invalidate(_lastError!);
        _dataNulled = true;
    }

    /// <summary>
    /// Continues null propagation above an asynchronous completion: nulls the nearest nullable position holding
    /// <paramref name="node"/> or, at the root, the whole <c>data</c>.
    /// </summary>
    private void PropagateFrom(ResultNode node)
    {
        while (true)
        {
            node.Invalidate(_lastError!);
            if (node.Parent is null)
            {
                _dataNulled = true;
                return;
            }

            if (!node.IsNonNullPosition)
            {
                node.Parent.SetSlot(node.ParentIndex, null);
                return;
            }

            node = node.Parent;
        }
    }

    /// <summary>True when the position lies inside a nulled subtree after the error that nulled it (so it never ran in graphql-js).</summary>
    private static bool IsCutOff(ResultNode container, int slot)
    {
        int[]? key = null;
        for (var node = container; node is not null; node = node.Parent)
        {
            if (node.Cut is { } cut)
            {
                key ??= ErrorRecord.PositionKey(container, slot);
                if (ErrorRecord.Compare(key, cut.Key) > 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private IReadOnlyList<GraphQLError>? CollectErrors()
    {
        if (_errors.Count == 0)
        {
            return null;
        }

        var kept = new List<ErrorRecord>(_errors.Count);
        foreach (var record in _errors)
        {
            if (!IsDroppedByCut(record))
            {
                kept.Add(record);
            }
        }

        kept.Sort();
        return [.. kept.Select(r => r.Error)];
    }

    private static bool IsDroppedByCut(ErrorRecord record)
    {
        for (var node = record.Container; node is not null; node = node.Parent)
        {
            if (node.Cut is { } cut && record.CompareTo(cut) > 0)
            {
                return true;
            }
        }

        return false;
    }
}
