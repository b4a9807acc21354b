using Hub.GraphQL.Errors;
using Hub.GraphQL.Language.Syntax;

namespace Hub.GraphQL.Types.Resolvers;

/// <summary>What a resolver sees of the field it resolves (graphql-js's <c>source</c>, <c>args</c>, <c>context</c>, <c>info</c>).</summary>
public interface IResolverContext
{
    /// <summary>The parent object's value (graphql-js <c>source</c>).</summary>
    object? Parent { get; }

    OutputField Field { get; }

    /// <summary>The object type whose field is being resolved (graphql-js <c>info.parentType</c>).</summary>
    ObjectType ObjectType { get; }

    IReadOnlyList<FieldNode> FieldNodes { get; }

    Path Path { get; }

    Schema Schema { get; }

    IServiceProvider Services { get; }

    CancellationToken RequestAborted { get; }

    /// <summary>Per-request state shared by all resolvers (graphql-js <c>contextValue</c>).</summary>
    IDictionary<string, object?> ContextData { get; }

    /// <summary>The coerced variable values.</summary>
    IReadOnlyDictionary<string, object?> Variables { get; }

    OperationDefinitionNode Operation { get; }

    object? RootValue { get; }

    /// <summary>The parent value cast to <typeparamref name="T"/> (C# cannot name it <c>Parent&lt;T&gt;()</c> beside the property).</summary>
    T GetParent<T>();

    /// <summary>The coerced value of an argument (null when absent).</summary>
    object? ArgumentValue(string name);

    /// <summary>
    /// The coerced value of an argument as <typeparamref name="T"/>, converted as code-first resolver parameters are
    /// (HotChocolate's <c>ArgumentValue&lt;T&gt;</c>): an input object becomes a record or class, a list an array or list.
    /// </summary>
    T ArgumentValue<T>(string name);

    /// <summary>True when the argument was given or has a default value (graphql-js: the key is present in <c>args</c>).</summary>
    bool HasArgument(string name);

    /// <summary>
    /// Runs <paramref name="cleanup"/> once the whole operation has executed (HotChocolate's <c>RegisterForCleanup</c>),
    /// e.g. to dispose a database context whose query a middleware or a later field (<c>totalCount</c>) still reads.
    /// </summary>
    void RegisterForCleanup(Func<ValueTask> cleanup);

    /// <summary>Adds an error to the response without failing the field.</summary>
    void ReportError(GraphQLError error);
}
