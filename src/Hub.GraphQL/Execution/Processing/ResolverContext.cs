using Hub.GraphQL.CodeFirst;
using Hub.GraphQL.Errors;
using Hub.GraphQL.Execution.Planning;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Types;
using Hub.GraphQL.Types.Resolvers;
using Path = Hub.GraphQL.Types.Resolvers.Path;

namespace Hub.GraphQL.Execution.Processing;

/// <summary>
/// The resolver's view of one field call. Created only for resolvers that need it (pure resolvers get none); the
/// path is built on first use from the result tree instead of being allocated for every field.
/// </summary>
internal sealed class ResolverContext(
    OperationExecution execution,
    Selection selection,
    object? parent,
    ResultNode container,
    int slot,
    ArgumentValues arguments) : IResolverContext
{
    private Path? _path;

    public object? Parent { get; } = parent;

    public OutputField Field => selection.Field;

    public ObjectType ObjectType => selection.DeclaringType;

    public IReadOnlyList<FieldNode> FieldNodes => selection.FieldNodes;

    public Path Path => _path ??= ResponsePath.Of(container, slot);

    public Schema Schema => execution.Request.Schema;

    public IServiceProvider Services => execution.Request.Services;

    public CancellationToken RequestAborted => execution.Request.CancellationToken;

    public IDictionary<string, object?> ContextData => execution.Request.ContextData;

    public IReadOnlyDictionary<string, object?> Variables => execution.Variables;

    public OperationDefinitionNode Operation => execution.Operation.Definition;

    public object? RootValue => execution.RootValue;

    /// <summary>The compiled selection being resolved (response name, merged nodes, arguments).</summary>
    public Selection Selection => selection;

    /// <summary>The coerced arguments (graphql-js <c>args</c>).</summary>
    public ArgumentValues Arguments => arguments;

    public T GetParent<T>() => Parent switch
    {
        T typed => typed,
        null => default!,
        _ => throw new GraphQLException(new GraphQLError(
            $"The parent value of field \"{selection.DeclaringType.Name}.{selection.Field.Name}\" is a {Parent.GetType().Name}, not a {typeof(T).Name}.",
            extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.Execution.CannotCastParent })),
    };

    public object? ArgumentValue(string name) => arguments.Get(name);

    public T ArgumentValue<T>(string name) => arguments.Get(name) switch
    {
        T typed => typed,
        null => default!,
        var value => (T)ClrValueConverter.For(typeof(T))(value)!,
    };

    public bool HasArgument(string name) => arguments.Has(name);

    public void RegisterForCleanup(Func<ValueTask> cleanup) => execution.RegisterForCleanup(cleanup);

    public void ReportError(GraphQLError error) => execution.ReportError(error, selection, container, slot);
}
