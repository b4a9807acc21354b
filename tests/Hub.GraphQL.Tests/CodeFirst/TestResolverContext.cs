using Hub.GraphQL.Errors;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Types;
using Hub.GraphQL.Types.Resolvers;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.GraphQL.Tests.CodeFirst;

/// <summary>The resolver context of one field call, for invoking compiled code-first resolvers directly.</summary>
internal sealed class TestResolverContext(
    Schema schema,
    ObjectType objectType,
    string fieldName,
    object? parent,
    IReadOnlyDictionary<string, object?>? arguments = null,
    IServiceProvider? services = null) : IResolverContext
{
    private readonly IReadOnlyDictionary<string, object?> _arguments = arguments ?? new Dictionary<string, object?>();

    public object? Parent { get; } = parent;

    public OutputField Field { get; } = objectType.Fields[fieldName];

    public ObjectType ObjectType { get; } = objectType;

    public IReadOnlyList<FieldNode> FieldNodes { get; } = [];

    public Hub.GraphQL.Types.Resolvers.Path Path { get; } = Hub.GraphQL.Types.Resolvers.Path.Root(fieldName);

    public Schema Schema { get; } = schema;

    public IServiceProvider Services { get; } = services ?? new ServiceCollection().BuildServiceProvider();

    public CancellationToken RequestAborted => CancellationToken.None;

    public IDictionary<string, object?> ContextData { get; } = new Dictionary<string, object?>();

    public IReadOnlyDictionary<string, object?> Variables { get; } = new Dictionary<string, object?>();

    public OperationDefinitionNode Operation { get; } = new(Hub.GraphQL.Language.OperationType.Query, null, [], [], new SelectionSetNode([]));

    public object? RootValue => null;

    public List<GraphQLError> Errors { get; } = [];

    public T GetParent<T>() => (T)Parent!;

    public object? ArgumentValue(string name) => _arguments.GetValueOrDefault(name, Field.GetArgument(name)?.DefaultValue);

    public T ArgumentValue<T>(string name) => (T)ArgumentValue(name)!;

    public bool HasArgument(string name) => _arguments.ContainsKey(name) || Field.GetArgument(name)?.HasDefaultValue == true;

    public void RegisterForCleanup(Func<ValueTask> cleanup) => throw new NotSupportedException("Code-first resolvers under test register no cleanup.");

    public void ReportError(GraphQLError error) => Errors.Add(error);

    /// <summary>Runs the field's resolver the way an executor would: the pure resolver if any, else the resolver.</summary>
    public async Task<object?> ResolveAsync()
        => Field.PureResolver is { } pure ? pure(Parent) : await Field.Resolver!(this);
}
