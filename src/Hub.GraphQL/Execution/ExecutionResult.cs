using Hub.GraphQL.Errors;

namespace Hub.GraphQL.Execution;

/// <summary>
/// A GraphQL response (graphql-js <c>ExecutionResult</c>). <see cref="HasData"/> is false when the request failed
/// before execution (parse, validation, operation or variable errors): the response then has no <c>data</c> key.
/// </summary>
public sealed class ExecutionResult : IExecutionResult
{
    public IReadOnlyList<GraphQLError>? Errors { get; init; }

    /// <summary>The response data: a <see cref="Processing.ResultMap"/> (a read-only dictionary) or null.</summary>
    public object? Data { get; init; }

    /// <summary>True when the response has a <c>data</c> key (possibly null).</summary>
    public bool HasData { get; init; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>A result with errors only and no data key.</summary>
    public static ExecutionResult FromErrors(IReadOnlyList<GraphQLError> errors) => new() { Errors = errors };

    /// <summary>A result with one error only and no data key.</summary>
    public static ExecutionResult FromError(GraphQLError error) => new() { Errors = [error] };
}
