using Hub.GraphQL.Language;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Types.Introspection;
using Hub.GraphQL.Types.Scalars;
using Hub.GraphQL.Utilities;

namespace Hub.GraphQL.Types;

/// <summary>
/// graphql-js <c>buildASTSchema</c> (its <c>extendSchemaImpl</c> on an empty schema): one type per definition, with the
/// <c>extend</c> nodes of the same name merged in, in document order; then the schema's root types and directives.
/// </summary>
internal sealed partial class SdlSchemaFactory
{
    private readonly DocumentNode _document;
    private readonly SchemaBindings _bindings;
    private readonly OrderedDictionary<string, NamedType> _typeMap = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<TypeExtensionNode>> _typeExtensions = new(StringComparer.Ordinal);

    public SdlSchemaFactory(DocumentNode document, SchemaBindings bindings)
    {
        _document = document;
        _bindings = bindings;
    }

    public Schema Create()
    {
        SchemaDefinitionNode? schemaDefinition = null;
        var schemaExtensions = new List<SchemaExtensionNode>();
        var typeDefinitions = new List<TypeDefinitionNode>();
        var directiveDefinitions = new List<DirectiveDefinitionNode>();
        foreach (var definition in _document.Definitions)
        {
            switch (definition)
            {
                case SchemaDefinitionNode node:
                    schemaDefinition = node;
                    break;
                case SchemaExtensionNode node:
                    schemaExtensions.Add(node);
                    break;
                case TypeDefinitionNode node:
                    typeDefinitions.Add(node);
                    break;
                case TypeExtensionNode node:
                    ExtensionsOf(node.Name.Value).Add(node);
                    break;
                case DirectiveDefinitionNode node:
                    directiveDefinitions.Add(node);
                    break;
            }
        }

        foreach (var definition in typeDefinitions)
        {
            var name = definition.Name.Value;
            _typeMap[name] = StandardType(name) ?? BuildType(definition);
        }

        var roots = new Dictionary<OperationType, NamedType>();
        foreach (var node in (schemaDefinition?.OperationTypes ?? []).Concat(schemaExtensions.SelectMany(e => e.OperationTypes)))
        {
            roots[node.Operation] = GetNamedType(node.Type);
        }

        if (schemaDefinition is null)
        {
            // graphql-js: without a schema definition the types named Query/Mutation/Subscription are the roots.
            foreach (var type in _typeMap.Values)
            {
                if (type.Name is "Query" or "Mutation" or "Subscription")
                {
                    roots[Enum.Parse<OperationType>(type.Name)] = type;
                }
            }
        }

        var directives = directiveDefinitions.Select(BuildDirective).ToList();
        directives.AddRange(DirectiveDefinition.Specified.Where(s => directives.All(d => d.Name != s.Name)));

        return new Schema(
            roots.GetValueOrDefault(OperationType.Query) as ObjectType,
            roots.GetValueOrDefault(OperationType.Mutation) as ObjectType,
            roots.GetValueOrDefault(OperationType.Subscription) as ObjectType,
            _typeMap.Values,
            directives,
            schemaDefinition?.Description?.Value,
            schemaDefinition,
            schemaExtensions)
        {
            NonObjectRootTypes = roots.Where(r => r.Value is not ObjectType).Select(r => (r.Key, r.Value)).ToList(),
        };
    }

    private List<TypeExtensionNode> ExtensionsOf(string name)
    {
        if (!_typeExtensions.TryGetValue(name, out var list))
        {
            list = [];
            _typeExtensions[name] = list;
        }

        return list;
    }

    private List<InterfaceType> Interfaces(ComplexOutputType type, Members members)
    {
        var declared = members.Interfaces.Select(GetNamedType).ToList();
        type.DeclaredInterfaces = declared;
        return declared.OfType<InterfaceType>().ToList();
    }

    private List<ObjectType> UnionMembers(UnionType type, Members members)
    {
        var declared = members.UnionTypes.Select(GetNamedType).ToList();
        type.DeclaredMembers = declared;
        return declared.OfType<ObjectType>().ToList();
    }

    private static NamedType? StandardType(string name) =>
        (NamedType?)BuiltInScalars.Get(name) ?? IntrospectionTypes.All.FirstOrDefault(t => t.Name == name);

    private NamedType GetNamedType(NamedTypeNode node)
    {
        var name = node.Name.Value;
        return StandardType(name)
            ?? _typeMap.GetValueOrDefault(name)
            ?? _bindings.Scalars.GetValueOrDefault(name)
            ?? throw new InvalidOperationException($"Unknown type: \"{name}\".");
    }

    private IGraphQLType GetWrappedType(TypeNode node) => node switch
    {
        ListTypeNode list => new ListType(GetWrappedType(list.Type)),
        NonNullTypeNode nonNull => new NonNullType(GetWrappedType(nonNull.Type)),
        NamedTypeNode named => GetNamedType(named),
        _ => throw new ArgumentException($"Unexpected type node {node.Kind}.", nameof(node)),
    };

    private NamedType BuildType(TypeDefinitionNode definition)
    {
        var name = definition.Name.Value;
        var extensions = _typeExtensions.GetValueOrDefault(name) ?? [];
        var description = definition.Description?.Value;
        switch (definition)
        {
            case ObjectTypeDefinitionNode node:
                {
                    var all = Members.Of(node, extensions);
                    ObjectType type = null!;
                    return type = new ObjectType(name, () => BuildFields(name, all.Fields), () => Interfaces(type, all))
                    {
                        Description = description,
                        SyntaxNode = node,
                        ExtensionNodes = extensions,
                        IsTypeOf = _bindings.IsTypeOf.GetValueOrDefault(name),
                        RuntimeType = _bindings.RuntimeTypes.GetValueOrDefault(name),
                    };
                }

            case InterfaceTypeDefinitionNode node:
                {
                    var all = Members.Of(node, extensions);
                    InterfaceType type = null!;
                    return type = new InterfaceType(name, () => BuildFields(name, all.Fields), () => Interfaces(type, all))
                    {
                        Description = description,
                        SyntaxNode = node,
                        ExtensionNodes = extensions,
                        ResolveType = _bindings.ResolveType.GetValueOrDefault(name),
                    };
                }

            case UnionTypeDefinitionNode node:
                {
                    var all = Members.Of(node, extensions);
                    UnionType type = null!;
                    return type = new UnionType(name, () => UnionMembers(type, all))
                    {
                        Description = description,
                        SyntaxNode = node,
                        ExtensionNodes = extensions,
                        ResolveType = _bindings.ResolveType.GetValueOrDefault(name),
                    };
                }

            case EnumTypeDefinitionNode node:
                return new EnumType(name, BuildEnumValues(name, Members.Of(node, extensions).EnumValues))
                {
                    Description = description,
                    SyntaxNode = node,
                    ExtensionNodes = extensions,
                };

            case InputObjectTypeDefinitionNode node:
                {
                    var all = Members.Of(node, extensions);
                    return new InputObjectType(name, () => BuildInputValues(all.InputFields, (n, t) => new InputField(n, t)))
                    {
                        Description = description,
                        SyntaxNode = node,
                        ExtensionNodes = extensions,
                        IsOneOf = DirectiveValues.IsOneOf(node),
                    };
                }

            case ScalarTypeDefinitionNode node:
                return _bindings.Scalars.GetValueOrDefault(name) ?? new PassThroughScalarType(name)
                {
                    Description = description,
                    SyntaxNode = node,
                    ExtensionNodes = extensions,
                    SpecifiedByUrl = DirectiveValues.SpecifiedByUrl(node),
                };

            default:
                throw new ArgumentException($"Unexpected type definition {definition.Kind}.", nameof(definition));
        }
    }
}
