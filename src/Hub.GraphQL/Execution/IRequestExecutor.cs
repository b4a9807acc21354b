using Hub.GraphQL.Types;

namespace Hub.GraphQL.Execution;

/// <summary>Runs GraphQL requests against one schema: cache, parse, validate, compile, coerce, execute.</summary>
public interface IRequestExecutor
{
    Schema Schema { get; }

    ValueTask<IExecutionResult> ExecuteAsync(GraphQLRequest request, CancellationToken cancellationToken = default);
}
