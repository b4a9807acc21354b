using System.Collections.Concurrent;
using System.Reflection;
using Hub.GraphQL.Language;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Types;
using Hub.GraphQL.Types.Resolvers;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.GraphQL.CodeFirst;

/// <summary>
/// Turns the registered CLR types into a <see cref="Schema"/>: one named type per CLR type (output and input kept
/// apart), discovered from the roots through fields and arguments, with resolvers compiled once.
/// </summary>
internal sealed partial class ClrSchemaFactory
{
    private readonly CodeFirstRegistration _registration;
    private readonly NullabilityInfoContext _nullability = new();
    private readonly ClrScalars _scalars = new();
    private readonly Dictionary<Type, NamedType> _outputTypes = [];
    private readonly Dictionary<Type, NamedType> _inputTypes = [];
    private readonly Dictionary<Type, ObjectType> _rootTypes = [];
    private readonly IServiceProviderIsService? _serviceTypes;

    public ClrSchemaFactory(CodeFirstRegistration registration)
    {
        _registration = registration;
        _serviceTypes = registration.Services?.GetService(typeof(IServiceProviderIsService)) as IServiceProviderIsService;
    }

    public Schema Create()
    {
        var query = Root(_registration.QueryType, "Query");
        var mutation = Root(_registration.MutationType, "Mutation");
        var subscription = Root(_registration.SubscriptionType, "Subscription");
        var additional = _registration.AdditionalTypes.Select(type => OutputNamedType(type)).ToList();
        DiscoverReachableTypes();
        return new Schema(query, mutation, subscription, additional.Concat(_outputTypes.Values).Concat(_inputTypes.Values).Distinct());
    }

    private ObjectType? Root(Type? clrType, string name)
    {
        if (clrType is null)
        {
            return null;
        }

        var root = new ObjectType(name, () => ObjectFields(clrType, isRoot: true))
        {
            Description = GraphQLNaming.Description(clrType),
            RuntimeType = clrType,
            ContextData = Authorization.AuthorizationAttributes.AddTo(NoContextData, clrType),
        };
        _rootTypes[clrType] = root;
        return root;
    }

    /// <summary>
    /// Creates the fields of every type found so far until no new type appears, so that interfaces, unions and
    /// implementations are all known before the schema asks any type for its interfaces or members.
    /// </summary>
    private void DiscoverReachableTypes()
    {
        var visited = new HashSet<NamedType>();
        bool foundMore;
        do
        {
            foundMore = false;
            var current = _rootTypes.Values.Cast<NamedType>().Concat(_outputTypes.Values).Concat(_inputTypes.Values).ToList();
            foreach (var type in current.Where(visited.Add))
            {
                foundMore = true;
                foreach (var field in (type as ComplexOutputType)?.Fields.Values ?? [])
                {
                    _ = field.Arguments.Count;
                }

                _ = (type as InputObjectType)?.Fields.Count;
            }
        }
        while (foundMore);
    }

    /// <summary>The GraphQL type of a field, argument or input field, with nullability from C# annotations.</summary>
    private IGraphQLType TypeOf(Type clrType, NullabilityInfo? nullability, ICustomAttributeProvider member, bool isInput)
    {
        if (member.GetCustomAttributes(typeof(GraphQLTypeAttribute), false) is [GraphQLTypeAttribute overridden, ..])
        {
            return overridden.TypeSyntax is { } syntax
                ? FromTypeSyntax(Parser.ParseType(syntax), isInput)
                : OverriddenType(overridden.Type!, isInput);
        }

        var type = Wrapped(clrType, nullability, isInput);
        var forceNonNull = member.IsDefined(typeof(GraphQLNonNullTypeAttribute), false);
        return forceNonNull && type is not NonNullType ? new NonNullType(type) : type;
    }

    private IGraphQLType Wrapped(Type clrType, NullabilityInfo? nullability, bool isInput)
    {
        if (ClrTypeShape.TaskResultType(clrType) is { } result)
        {
            return Wrapped(result, nullability?.GenericTypeArguments.FirstOrDefault(), isInput);
        }

        bool nullable;
        if (Nullable.GetUnderlyingType(clrType) is { } underlying)
        {
            nullable = true;
            clrType = underlying;
        }
        else
        {
            nullable = !clrType.IsValueType && nullability?.ReadState != NullabilityState.NotNull;
        }

        IGraphQLType type;
        if (!ClrScalars.IsScalar(clrType) && ClrTypeShape.ElementType(clrType) is { } element)
        {
            var elementNullability = nullability?.ElementType
                ?? (nullability?.GenericTypeArguments.Length == 1 ? nullability.GenericTypeArguments[0] : null);
            type = new ListType(Wrapped(element, elementNullability, isInput));
        }
        else
        {
            type = isInput ? InputNamedType(clrType) : OutputNamedType(clrType);
        }

        return nullable ? type : new NonNullType(type);
    }

    private IGraphQLType OverriddenType(Type type, bool isInput)
        => type.IsSubclassOf(typeof(ScalarType)) ? _scalars.FromScalarClass(type) : Wrapped(type, null, isInput);

    private IGraphQLType FromTypeSyntax(TypeNode node, bool isInput) => node switch
    {
        NonNullTypeNode nonNull => new NonNullType(FromTypeSyntax(nonNull.Type, isInput)),
        ListTypeNode list => new ListType(FromTypeSyntax(list.Type, isInput)),
        NamedTypeNode named => NamedTypeByName(named.Name.Value, isInput),
        _ => throw new ArgumentException($"Unexpected type node {node.Kind}.", nameof(node)),
    };

    private NamedType NamedTypeByName(string name, bool isInput)
        => (isInput ? _inputTypes : _outputTypes).Values.FirstOrDefault(t => t.Name == name) ?? _scalars.Named(name);

    private NamedType OutputNamedType(Type clrType)
    {
        if (_scalars.For(clrType) is { } scalar)
        {
            return scalar;
        }

        if (clrType.IsEnum)
        {
            return EnumTypeFor(clrType);
        }

        if (_outputTypes.TryGetValue(clrType, out var existing))
        {
            return existing;
        }

        if (_rootTypes.TryGetValue(clrType, out var root))
        {
            return root;
        }

        var name = GraphQLNaming.TypeName(clrType, isInput: false);
        NamedType created = clrType.IsDefined(typeof(UnionTypeAttribute), false)
            ? new UnionType(name, () => UnionMembers(clrType)) { Description = GraphQLNaming.Description(clrType), ResolveType = ResolveTypeByRuntimeType() }
            : clrType.IsInterface || clrType.IsAbstract
                ? new InterfaceType(name, () => ObjectFields(clrType, isRoot: false), () => InterfacesOf(clrType))
                {
                    Description = GraphQLNaming.Description(clrType),
                    ResolveType = ResolveTypeByRuntimeType(),
                }
                : new ObjectType(name, () => ObjectFields(clrType, isRoot: false), () => InterfacesOf(clrType))
                {
                    Description = GraphQLNaming.Description(clrType),
                    RuntimeType = clrType,
                    IsTypeOf = (value, _) => clrType.IsInstanceOfType(value),
                    ContextData = Authorization.AuthorizationAttributes.AddTo(NoContextData, clrType),
                };
        _outputTypes[clrType] = created;
        return created;
    }

    /// <summary>The registered interfaces a CLR type implements: its abstract base classes, then its C# interfaces.</summary>
    private IEnumerable<InterfaceType> InterfacesOf(Type clrType)
    {
        var bases = new List<Type>();
        for (var baseType = clrType.BaseType; baseType is not null && baseType != typeof(object); baseType = baseType.BaseType)
        {
            bases.Add(baseType);
        }

        return bases.Concat(clrType.GetInterfaces())
            .Select(t => _outputTypes.GetValueOrDefault(t))
            .OfType<InterfaceType>();
    }

    private IEnumerable<ObjectType> UnionMembers(Type marker)
        => _outputTypes.Where(pair => pair.Value is ObjectType && marker.IsAssignableFrom(pair.Key)).Select(pair => (ObjectType)pair.Value);

    /// <summary>Names the object type of a value by its CLR type, the nearest registered type in its base chain.</summary>
    private ResolveTypeDelegate ResolveTypeByRuntimeType()
    {
        var cache = new ConcurrentDictionary<Type, string?>();
        return (value, _, _) => cache.GetOrAdd(value.GetType(), runtimeType =>
        {
            for (var type = runtimeType; type is not null; type = type.BaseType)
            {
                if (_outputTypes.GetValueOrDefault(type) is ObjectType objectType)
                {
                    return objectType.Name;
                }
            }

            return null;
        });
    }
}
