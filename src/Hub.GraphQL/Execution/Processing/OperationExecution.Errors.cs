using Hub.GraphQL.Errors;
using Hub.GraphQL.Execution.Planning;

namespace Hub.GraphQL.Execution.Processing;

internal sealed partial class OperationExecution
{
    /// <summary>
    /// graphql-js <c>locatedError</c>: a thrown GraphQL error keeps its message, nodes and extensions and gets the
    /// field's path (or keeps its own path); any other exception becomes an error with the exception's message.
    /// </summary>
    private void RecordError(Exception exception, Selection selection, ResultNode container, int slot)
    {
        if (exception is GraphQLException { Errors.Count: > 0 } graphQLException)
        {
            foreach (var error in graphQLException.Errors)
            {
                Record(Locate(error, graphQLException, selection, container, slot), container, slot);
            }

            return;
        }

        var path = ResponsePath.Of(container, slot).ToList();
        Record(new GraphQLError(exception.Message, selection.FieldNodes, path, exception), container, slot);
    }

    private void RecordError(string message, Selection selection, ResultNode container, int slot)
    {
        var path = ResponsePath.Of(container, slot).ToList();
        Record(new GraphQLError(message, selection.FieldNodes, path), container, slot);
    }

    /// <summary>Adds an error reported by a resolver through its context, at the resolver's field.</summary>
    internal void ReportError(GraphQLError error, Selection selection, ResultNode container, int slot)
    {
        var located = Locate(error, null, selection, container, slot);
        lock (_errors)
        {
            _errors.Add(new ErrorRecord(located, container, slot, _errors.Count));
        }
    }

    private static GraphQLError Locate(
        GraphQLError error, Exception? thrown, Selection selection, ResultNode container, int slot)
    {
        if (error.Path is not null)
        {
            return error;
        }

        var path = ResponsePath.Of(container, slot).ToList();
        if (error.Nodes is null && error.Locations is not null)
        {
            return error.WithPath(path);
        }

        return new GraphQLError(
            error.Message,
            error.Nodes ?? selection.FieldNodes,
            path,
            error.OriginalError ?? thrown,
            error.Extensions);
    }

    private void Record(GraphQLError error, ResultNode container, int slot)
    {
        lock (_errors)
        {
            _lastError = new ErrorRecord(error, container, slot, _errors.Count);
            _errors.Add(_lastError);
        }
    }
}
