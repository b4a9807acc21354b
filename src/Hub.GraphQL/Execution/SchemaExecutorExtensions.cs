using Hub.GraphQL.Types;

namespace Hub.GraphQL.Execution;

/// <summary>Creates request executors for schemas.</summary>
public static class SchemaExecutorExtensions
{
    /// <summary>An executor for <paramref name="schema"/> with its own document and operation caches.</summary>
    public static IRequestExecutor MakeExecutable(this Schema schema, RequestExecutorOptions? options = null)
        => new RequestExecutor(schema, options);
}
