using Hub.GraphQL.Execution.Planning;
using Hub.GraphQL.Types;
using Hub.GraphQL.Types.Resolvers;

namespace Hub.GraphQL.Execution.Processing;

internal sealed partial class OperationExecution
{
    /// <summary>
    /// graphql-js <c>executeField</c>: resolves one selection and completes its value. Returns the completed value,
    /// <see cref="Pending"/> when an asynchronous completion will fill the slot, or <see cref="Invalid"/> when the
    /// field is non-null and failed.
    /// </summary>
    private object? ExecuteField(ResultMap map, int slot, Selection selection, object? source)
    {
        object? raw;
        try
        {
            switch (selection.Kind)
            {
                case SelectionKind.TypeName:
                    return selection.DeclaringType.Name;

                case SelectionKind.Pure:
                    raw = selection.PureResolver!(source);
                    break;

                case SelectionKind.Pipeline:
                    raw = Resolve(selection.Pipeline!, map, slot, selection, source);
                    break;

                case SelectionKind.Authorized:
                    raw = ResolveAuthorized(map, slot, selection, source);
                    break;

                default:
                    raw = selection.Field.Resolver is { } resolver
                        ? Resolve(resolver, map, slot, selection, source)
                        : selection.PureResolver!(RequireArguments(selection, source));
                    break;
            }
        }
        catch (Exception exception) when (!IsAbort(exception))
        {
            RecordError(exception, selection, map, slot);
            return selection.Type is NonNullType ? Invalid : null;
        }

        return raw == Pending ? Pending : CompletePosition(selection.Type, selection, raw, map, slot);
    }

    private object? Resolve(FieldResolverDelegate resolver, ResultMap map, int slot, Selection selection, object? source)
    {
        var context = new ResolverContext(this, selection, source, map, slot, selection.Arguments.Coerce(Variables));
        var task = resolver(context);
        if (task.IsCompleted)
        {
            return task.Result;
        }

        Park(task, selection.Type, selection, map, slot);
        return Pending;
    }

    /// <summary>A guarded field: the authorizer checks its rules around the resolver (its pipeline, its own or the pure one).</summary>
    private object? ResolveAuthorized(ResultMap map, int slot, Selection selection, object? source)
    {
        var context = new ResolverContext(this, selection, source, map, slot, selection.Arguments.Coerce(Variables));
        var task = selection.Authorizer!.ResolveAsync(context, selection.Pipeline ?? selection.Field.Resolver, selection.PureResolver);
        if (task.IsCompleted)
        {
            return task.Result;
        }

        Park(task, selection.Type, selection, map, slot);
        return Pending;
    }

    /// <summary>Coerces the arguments so their errors surface, then hands back the parent for a pure resolver.</summary>
    private object? RequireArguments(Selection selection, object? source)
    {
        selection.Arguments.Coerce(Variables);
        return source;
    }

    private bool IsAbort(Exception exception)
        => exception is OperationCanceledException && Request.CancellationToken.IsCancellationRequested;

    /// <summary>Registers a completion for a value that is not ready yet; the pump runs it when the task finishes.</summary>
    private void Park(ValueTask<object?> task, IGraphQLType type, Selection selection, ResultNode container, int slot)
    {
        _pump.PendingCompletions++;
        var completion = new ParkedCompletion(this, task, type, selection, container, slot);
        task.GetAwaiter().UnsafeOnCompleted(completion.Run);
    }

    /// <summary>Finishes a parked position on the pump: completes the value and writes or propagates the outcome.</summary>
    internal void CompleteParked(ParkedCompletion parked)
    {
        _pump.PendingCompletions--;
        var (container, slot, selection, type) = (parked.Container, parked.Slot, parked.Selection, parked.Type);
        if (IsCutOff(container, slot))
        {
            return;
        }

        object? completed;
        try
        {
            completed = CompletePosition(type, selection, parked.Task.Result, container, slot);
        }
        catch (Exception exception) when (IsAbort(exception))
        {
            // Runs as a continuation, where a thrown exception would end the process: the pump reports the abort.
            return;
        }
        catch (Exception exception)
        {
            RecordError(exception, selection, container, slot);
            completed = type is NonNullType ? Invalid : null;
        }

        if (completed == Invalid)
        {
            PropagateFrom(container);
        }
        else if (completed != Pending)
        {
            container.SetSlot(slot, completed);
        }
    }
}
