using Hub.GraphQL.Execution;
using Hub.GraphQL.Serialization;
using Hub.GraphQL.Types;
using Hub.GraphQL.Types.Resolvers;

namespace Hub.GraphQL.Tests.Execution;

/// <summary>Builds small schemas in code and runs requests through the real executor, returning the response JSON.</summary>
internal static class ExecutionTestKit
{
    public static ScalarType Str => BuiltInScalars.String;

    public static ScalarType Int => BuiltInScalars.Int;

    public static NonNullType NonNull(IGraphQLType type) => new(type);

    public static ListType List(IGraphQLType type) => new(type);

    /// <summary>A field read by graphql-js's default resolver (dictionary entry or property).</summary>
    public static OutputField Field(string name, IGraphQLType type, params Argument[] arguments)
        => new(name, type) { Arguments = OutputField.ArgumentMap(arguments) };

    /// <summary>A field with a synchronous resolver.</summary>
    public static OutputField Field(string name, IGraphQLType type, Func<IResolverContext, object?> resolve, params Argument[] arguments)
        => new(name, type) { Arguments = OutputField.ArgumentMap(arguments), Resolver = c => new ValueTask<object?>(resolve(c)) };

    /// <summary>A field whose resolver really completes later (after a yield), like I/O.</summary>
    public static OutputField AsyncField(string name, IGraphQLType type, Func<IResolverContext, Task<object?>> resolve, params Argument[] arguments)
        => new(name, type) { Arguments = OutputField.ArgumentMap(arguments), Resolver = c => new ValueTask<object?>(resolve(c)) };

    public static Argument Arg(string name, IGraphQLType type) => new(name, type);

    public static Schema Schema(ObjectType query, ObjectType? mutation = null, ObjectType? subscription = null, params NamedType[] types)
        => new(query, mutation, subscription, types);

    public static Dictionary<string, object?> Obj(params (string Key, object? Value)[] entries)
        => entries.ToDictionary(e => e.Key, e => e.Value);

    public static async Task<string> RunAsync(
        Schema schema,
        string query,
        object? root = null,
        IReadOnlyDictionary<string, object?>? variables = null,
        string? operationName = null)
    {
        var executor = schema.MakeExecutable();
        var result = await executor.ExecuteAsync(new GraphQLRequest
        {
            Query = query,
            RootValue = root,
            Variables = variables,
            OperationName = operationName,
        });
        return ResultJsonWriter.ToJson((ExecutionResult)result);
    }
}
