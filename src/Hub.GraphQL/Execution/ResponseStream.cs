namespace Hub.GraphQL.Execution;

/// <summary>The results of a subscription, one per source event (graphql-js <c>subscribe</c>'s async iterator).</summary>
public sealed class ResponseStream(IAsyncEnumerable<ExecutionResult> results) : IExecutionResult, IAsyncEnumerable<ExecutionResult>
{
    public IAsyncEnumerator<ExecutionResult> GetAsyncEnumerator(CancellationToken cancellationToken = default)
        => results.GetAsyncEnumerator(cancellationToken);
}
