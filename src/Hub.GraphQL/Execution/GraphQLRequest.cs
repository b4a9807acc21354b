using Hub.GraphQL.Language.Syntax;

namespace Hub.GraphQL.Execution;

/// <summary>One GraphQL request: the document (text or parsed), the operation to run and its variables.</summary>
public sealed class GraphQLRequest
{
    public string? Query { get; init; }

    /// <summary>An already parsed document; used instead of <see cref="Query"/> when set.</summary>
    public DocumentNode? Document { get; init; }

    public string? OperationName { get; init; }

    /// <summary>Variable values as decoded from JSON (string, bool, long, double, decimal, lists, dictionaries, null).</summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>The root value resolvers of root fields see as their parent.</summary>
    public object? RootValue { get; init; }

    public IServiceProvider? Services { get; init; }

    /// <summary>Per-request state shared by all resolvers (graphql-js <c>contextValue</c>).</summary>
    public IDictionary<string, object?>? ContextData { get; init; }

    /// <summary>The id of a persisted document, when the request names one.</summary>
    public string? DocumentId { get; init; }
}
