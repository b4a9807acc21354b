using System.Collections.Concurrent;
using System.Text;
using Hub.GraphQL.Authorization;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Types;
using Hub.GraphQL.Types.Resolvers;

namespace Hub.GraphQL.Execution.Planning;

/// <summary>
/// One response key of a compiled selection set: the merged field nodes, the field definition, how to resolve it,
/// its pre-coerced arguments and the compiled sub-selections per concrete type. Immutable once built.
/// </summary>
public sealed class Selection
{
    private readonly SelectionCompiler _compiler;
    private readonly ConcurrentDictionary<ObjectType, SelectionSet>? _variants;
    private SelectionSet? _objectSelections;

    internal Selection(
        SelectionCompiler compiler,
        int index,
        string responseName,
        ObjectType declaringType,
        OutputField field,
        FieldNode[] fieldNodes,
        ArgumentPlan arguments,
        FieldAuthorizer? authorizer = null)
    {
        _compiler = compiler;
        Index = index;
        ResponseName = responseName;
        Utf8Name = Encoding.UTF8.GetBytes("\"" + responseName + "\":");
        DeclaringType = declaringType;
        Field = field;
        FieldNodes = fieldNodes;
        Arguments = arguments;
        Type = field.Type;
        var named = field.Type.NamedType();
        HasSubSelections = named is ComplexOutputType or UnionType;
        if (named is InterfaceType or UnionType)
        {
            _variants = new ConcurrentDictionary<ObjectType, SelectionSet>();
        }

        PureResolver = field.PureResolver ?? (field.Resolver is null ? DefaultFieldResolver.For(field.Name) : null);
        Authorizer = authorizer;
        Pipeline = field.Pipeline is { } pipeline ? pipeline.Invoke : null;
        Kind = field.Name == "__typename" ? SelectionKind.TypeName
            : authorizer is not null ? SelectionKind.Authorized
            : Pipeline is not null ? SelectionKind.Pipeline
            : PureResolver is not null && !arguments.NeedsEvaluation ? SelectionKind.Pure
            : SelectionKind.Resolver;
    }

    /// <summary>The position of this selection in its set: the order graphql-js writes response keys in.</summary>
    public int Index { get; }

    public string ResponseName { get; }

    /// <summary>The response key as UTF-8 JSON: <c>"name":</c>.</summary>
    public byte[] Utf8Name { get; }

    /// <summary>The object type the field is selected on (graphql-js <c>info.parentType</c>).</summary>
    public ObjectType DeclaringType { get; }

    public OutputField Field { get; }

    public IGraphQLType Type { get; }

    /// <summary>All field nodes merged under this response key, in document order.</summary>
    public FieldNode[] FieldNodes { get; }

    public ArgumentPlan Arguments { get; }

    internal SelectionKind Kind { get; }

    /// <summary>The parent-only resolver: the field's own, or graphql-js's default resolver when it has none.</summary>
    internal PureFieldResolverDelegate? PureResolver { get; }

    /// <summary>The field's middleware pipeline as a resolver (bound once per compiled selection), when it has middleware.</summary>
    internal FieldResolverDelegate? Pipeline { get; }

    internal bool HasSubSelections { get; }

    /// <summary>The field's authorization rules, when it is guarded.</summary>
    internal FieldAuthorizer? Authorizer { get; }

    /// <summary>The sub-selections to execute on a value of the concrete type <paramref name="type"/>.</summary>
    public SelectionSet GetSubSelections(ObjectType type)
    {
        if (_variants is null)
        {
            return _objectSelections ??= _compiler.CollectSubfields(type, FieldNodes);
        }

        return _variants.TryGetValue(type, out var set)
            ? set
            : _variants.GetOrAdd(type, t => _compiler.CollectSubfields(t, FieldNodes));
    }
}
