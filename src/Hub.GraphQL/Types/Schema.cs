using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Types.Introspection;

namespace Hub.GraphQL.Types;

/// <summary>
/// An immutable GraphQL schema (graphql-js <c>GraphQLSchema</c>): root types, every reachable named type in graphql-js's
/// order, and the directives. Build one with <c>SchemaBuilder</c>, which also validates it.
/// </summary>
public sealed partial class Schema
{
    private readonly OrderedDictionary<string, NamedType> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DirectiveDefinition> _directivesByName = new(StringComparer.Ordinal);
    private readonly Dictionary<InterfaceType, Implementations> _implementations = [];
    private readonly ObjectType? _queryType;

    public Schema(
        ObjectType? queryType,
        ObjectType? mutationType = null,
        ObjectType? subscriptionType = null,
        IEnumerable<NamedType>? types = null,
        IEnumerable<DirectiveDefinition>? directives = null,
        string? description = null,
        SchemaDefinitionNode? syntaxNode = null,
        IReadOnlyList<SchemaExtensionNode>? extensionNodes = null)
    {
        _queryType = queryType;
        MutationType = mutationType;
        SubscriptionType = subscriptionType;
        Description = description;
        SyntaxNode = syntaxNode;
        ExtensionNodes = extensionNodes ?? [];
        Directives = (directives ?? DirectiveDefinition.Specified).ToArray();
        foreach (var directive in Directives)
        {
            _directivesByName.TryAdd(directive.Name, directive);
        }

        CollectTypes(types ?? []);
        CollectImplementations();
    }

    public string? Description { get; }

    /// <summary>The query root type. Throws when the schema has none (such a schema fails validation).</summary>
    public ObjectType QueryType => _queryType ?? throw new InvalidOperationException("Query root type must be provided.");

    /// <summary>The query root type, or null when the schema has none.</summary>
    public ObjectType? QueryTypeOrNull => _queryType;

    public ObjectType? MutationType { get; }

    public ObjectType? SubscriptionType { get; }

    /// <summary>Every named type by name, in graphql-js's type-map order (introspection types last).</summary>
    public IReadOnlyDictionary<string, NamedType> Types => _types;

    public IReadOnlyList<DirectiveDefinition> Directives { get; }

    public SchemaDefinitionNode? SyntaxNode { get; }

    public IReadOnlyList<SchemaExtensionNode> ExtensionNodes { get; }

    /// <summary>Root operation types the SDL named that are not object types (reported by schema validation).</summary>
    internal IReadOnlyList<(Language.OperationType Operation, NamedType Type)> NonObjectRootTypes { get; init; } = [];

    /// <summary>The named type called <paramref name="name"/>, or null.</summary>
    public NamedType? GetType(string name) => _types.TryGetValue(name, out var type) ? type : null;

    /// <summary>The directive called <paramref name="name"/>, or null.</summary>
    public DirectiveDefinition? GetDirective(string name) => _directivesByName.GetValueOrDefault(name);

    /// <summary>The root type of an operation kind, or null.</summary>
    public ObjectType? GetRootType(Language.OperationType operation) => operation switch
    {
        Language.OperationType.Query => _queryType,
        Language.OperationType.Mutation => MutationType,
        _ => SubscriptionType,
    };

    /// <summary>The object types a value of an interface or union may have at runtime.</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(NamedType abstractType) => abstractType switch
    {
        UnionType union => union.Types,
        InterfaceType @interface => GetImplementations(@interface).Objects,
        _ => [],
    };

    /// <summary>The object and interface types that implement <paramref name="interfaceType"/>.</summary>
    public Implementations GetImplementations(InterfaceType interfaceType) =>
        _implementations.TryGetValue(interfaceType, out var implementations) ? implementations : Implementations.None;

    /// <summary>True when <paramref name="maybeSubType"/> is a member or implementation of <paramref name="abstractType"/>.</summary>
    public bool IsSubType(NamedType abstractType, NamedType maybeSubType) => abstractType switch
    {
        UnionType union => maybeSubType is ObjectType o && union.Types.Contains(o),
        InterfaceType @interface => maybeSubType switch
        {
            ObjectType o => GetImplementations(@interface).Objects.Contains(o),
            InterfaceType i => GetImplementations(@interface).Interfaces.Contains(i),
            _ => false,
        },
        _ => false,
    };

    /// <summary>The schema as SDL, byte for byte what graphql-js <c>printSchema</c> prints.</summary>
    public string ToSdl() => Utilities.SchemaPrinter.Print(this);

    public override string ToString() => "Schema";

    /// <summary>
    /// Collects types exactly as graphql-js's constructor does: the given types in order, each followed by the types
    /// first reached from it, then root types, directive argument types and the introspection types.
    /// </summary>
    private void CollectTypes(IEnumerable<NamedType> types)
    {
        var ordered = new OrderedSet();
        var given = types.ToList();
        foreach (var type in given)
        {
            ordered.Add(type);
        }

        foreach (var type in given)
        {
            ordered.Remove(type);
            CollectReferencedTypes(type, ordered);
        }

        foreach (var root in new[] { _queryType, MutationType, SubscriptionType })
        {
            if (root is not null)
            {
                CollectReferencedTypes(root, ordered);
            }
        }

        foreach (var directive in Directives)
        {
            foreach (var argument in directive.Arguments.Values)
            {
                CollectReferencedTypes(argument.Type, ordered);
            }
        }

        CollectReferencedTypes(IntrospectionTypes.Schema, ordered);

        foreach (var type in ordered.Items)
        {
            if (!_types.TryAdd(type.Name, type))
            {
                throw new ArgumentException(
                    $"Schema must contain uniquely named types but contains multiple types named \"{type.Name}\".");
            }
        }
    }

    private static void CollectReferencedTypes(IGraphQLType type, OrderedSet set)
    {
        var named = type.NamedType();
        if (!set.Add(named))
        {
            return;
        }

        switch (named)
        {
            case UnionType union:
                foreach (var member in union.Types)
                {
                    CollectReferencedTypes(member, set);
                }

                break;
            case ComplexOutputType complex:
                foreach (var @interface in complex.Interfaces)
                {
                    CollectReferencedTypes(@interface, set);
                }

                foreach (var field in complex.Fields.Values)
                {
                    CollectReferencedTypes(field.Type, set);
                    foreach (var argument in field.Arguments.Values)
                    {
                        CollectReferencedTypes(argument.Type, set);
                    }
                }

                break;
            case InputObjectType input:
                foreach (var field in input.Fields.Values)
                {
                    CollectReferencedTypes(field.Type, set);
                }

                break;
        }
    }

    private void CollectImplementations()
    {
        var objects = new Dictionary<InterfaceType, List<ObjectType>>();
        var interfaces = new Dictionary<InterfaceType, List<InterfaceType>>();
        foreach (var type in _types.Values)
        {
            if (type is not ComplexOutputType complex)
            {
                continue;
            }

            foreach (var @interface in complex.Interfaces)
            {
                objects.TryAdd(@interface, []);
                interfaces.TryAdd(@interface, []);
                if (complex is ObjectType objectType)
                {
                    objects[@interface].Add(objectType);
                }
                else
                {
                    interfaces[@interface].Add((InterfaceType)complex);
                }
            }
        }

        foreach (var (@interface, implementingObjects) in objects)
        {
            _implementations[@interface] = new Implementations(implementingObjects, interfaces[@interface]);
        }
    }
}
