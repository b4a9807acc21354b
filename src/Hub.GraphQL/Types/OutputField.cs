using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Types.Resolvers;

namespace Hub.GraphQL.Types;

/// <summary>A field of an object or interface type (graphql-js <c>GraphQLField</c>).</summary>
public sealed class OutputField(string name, IGraphQLType type)
{
    private static readonly IReadOnlyDictionary<string, Argument> NoArguments = new Dictionary<string, Argument>();
    private static readonly IReadOnlyDictionary<string, object?> EmptyContextData = new Dictionary<string, object?>();

    public string Name { get; } = name;

    public IGraphQLType Type { get; } = type ?? throw new ArgumentNullException(nameof(type));

    public string? Description { get; init; }

    /// <summary>The arguments in definition order.</summary>
    public IReadOnlyDictionary<string, Argument> Arguments { get; init; } = NoArguments;

    public string? DeprecationReason { get; init; }

    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>The resolver; null when <see cref="PureResolver"/> or the executor's default resolver applies.</summary>
    public FieldResolverDelegate? Resolver { get; init; }

    /// <summary>A synchronous resolver that only reads the parent value (the executor's fast path).</summary>
    public PureFieldResolverDelegate? PureResolver { get; init; }

    /// <summary>
    /// The resolver wrapped in the field's middleware, composed once when the schema is built; null when the field has
    /// no middleware, so such a field pays nothing for the feature.
    /// </summary>
    public FieldDelegate? Pipeline { get; init; }

    /// <summary>Produces the event stream of a subscription root field.</summary>
    public SubscribeResolverDelegate? Subscribe { get; init; }

    public FieldDefinitionNode? SyntaxNode { get; init; }

    /// <summary>Metadata for middleware (authorization, cost) attached when the schema is built.</summary>
    public IReadOnlyDictionary<string, object?> ContextData { get; init; } = EmptyContextData;

    /// <summary>The object or interface type that declares this field (set when the type collects its fields).</summary>
    public NamedType DeclaringType { get; internal set; } = null!;

    /// <summary>The argument named <paramref name="name"/>, or null.</summary>
    public Argument? GetArgument(string name) => Arguments.TryGetValue(name, out var argument) ? argument : null;

    /// <summary>Builds an ordered argument map from arguments in definition order.</summary>
    public static IReadOnlyDictionary<string, Argument> ArgumentMap(IEnumerable<Argument> arguments)
    {
        var map = new OrderedDictionary<string, Argument>(StringComparer.Ordinal);
        foreach (var argument in arguments)
        {
            map[argument.Name] = argument;
        }

        return map;
    }

    public override string ToString() => DeclaringType is null ? Name : DeclaringType.Name + "." + Name;
}
