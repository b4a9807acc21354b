using System.Runtime.CompilerServices;
using Hub.GraphQL.Errors;
using Hub.GraphQL.Execution.Planning;
using Hub.GraphQL.Types.Resolvers;

namespace Hub.GraphQL.Execution.Processing;

/// <summary>
/// graphql-js <c>subscribe</c>: resolves the source event stream of the single root field, then executes the
/// operation once per event with the event as root value (<c>mapSourceToResponseEvent</c>).
/// </summary>
internal static class SubscriptionExecution
{
    public static async ValueTask<IExecutionResult> SubscribeAsync(CompiledOperation operation, RequestState state, object? rootValue)
    {
        SelectionSet selections;
        try
        {
            selections = operation.GetRootSelections(state.Variables);
        }
        catch (GraphQLException exception)
        {
            // graphql-js createSourceEventStream returns the error without "data".
            return ExecutionResult.FromErrors(exception.Errors);
        }

        if (selections.Selections.Length == 0)
        {
            var fieldName = FirstFieldName(operation);
            return ExecutionResult.FromError(new GraphQLError(
                $"The subscription field \"{fieldName}\" is not defined.", operation.Definition.SelectionSet.Selections.Take(1)));
        }

        var selection = selections.Selections[0];
        var root = new ResultMap(selections, null, -1, isNonNullPosition: true);
        IAsyncEnumerable<object?>? source;
        var subscribing = new OperationExecution(operation, state, rootValue);
        try
        {
            var arguments = selection.Arguments.Coerce(state.Variables);
            var context = new ResolverContext(subscribing, selection, rootValue, root, 0, arguments);
            source = selection.Field.Subscribe is { } subscribe
                ? await subscribe(context).ConfigureAwait(false)
                : DefaultFieldResolver.For(selection.Field.Name)(rootValue) as IAsyncEnumerable<object?>;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return ExecutionResult.FromError(Locate(exception, selection));
        }
        finally
        {
            // The subscribe resolver's own operation ends when it has returned its stream.
            await subscribing.CleanUpAsync().ConfigureAwait(false);
        }

        if (source is null)
        {
            return ExecutionResult.FromError(new GraphQLError("Subscription field must return Async Iterable. Received: null."));
        }

        return new ResponseStream(MapEvents(source, operation, state));
    }

    private static async IAsyncEnumerable<ExecutionResult> MapEvents(
        IAsyncEnumerable<object?> source,
        CompiledOperation operation,
        RequestState state,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, state.CancellationToken);
        var eventState = new RequestState(state.Schema, state.Services, state.ContextData, state.Variables, linked.Token);
        await foreach (var payload in source.WithCancellation(linked.Token).ConfigureAwait(false))
        {
            yield return await new OperationExecution(operation, eventState, payload).ExecuteAsync().ConfigureAwait(false);
        }
    }

    private static string FirstFieldName(CompiledOperation operation)
        => operation.Definition.SelectionSet.Selections.OfType<Language.Syntax.FieldNode>().FirstOrDefault()?.Name.Value ?? string.Empty;

    private static GraphQLError Locate(Exception exception, Selection selection)
    {
        IReadOnlyList<object> path = [selection.ResponseName];
        if (exception is GraphQLException { Errors.Count: > 0 } graphQLException)
        {
            var error = graphQLException.Errors[0];
            return error.Path is not null
                ? error
                : new GraphQLError(error.Message, error.Nodes ?? selection.FieldNodes, path, graphQLException, error.Extensions);
        }

        return new GraphQLError(exception.Message, selection.FieldNodes, path, exception);
    }
}
