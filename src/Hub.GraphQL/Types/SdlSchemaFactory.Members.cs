using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Types.Resolvers;
using Hub.GraphQL.Utilities;

namespace Hub.GraphQL.Types;

internal sealed partial class SdlSchemaFactory
{
    private List<OutputField> BuildFields(string typeName, IEnumerable<FieldDefinitionNode> nodes) =>
        nodes.Select(node =>
        {
            var fieldName = node.Name.Value;
            var key = (typeName, fieldName);
            var resolver = _bindings.Resolvers.GetValueOrDefault(key);
            var pure = _bindings.PureResolvers.GetValueOrDefault(key) ?? (resolver is null ? DefaultFieldResolver.For(fieldName) : null);
            return new OutputField(fieldName, GetWrappedType(node.Type))
            {
                Description = node.Description?.Value,
                Arguments = OutputField.ArgumentMap(BuildInputValues(node.Arguments, (n, t) => new Argument(n, t))),
                DeprecationReason = DirectiveValues.DeprecationReason(node),
                Resolver = resolver,
                PureResolver = pure,
                Pipeline = FieldPipeline.Compose(_bindings.Middleware.GetValueOrDefault(key), resolver, pure),
                Subscribe = _bindings.Subscribers.GetValueOrDefault(key),
                SyntaxNode = node,
            };
        }).ToList();

    private List<T> BuildInputValues<T>(IEnumerable<InputValueDefinitionNode> nodes, Func<string, IGraphQLType, T> create)
        where T : InputValue =>
        nodes.Select(node =>
        {
            var type = GetWrappedType(node.Type);
            var value = create(node.Name.Value, type);
            var literal = node.DefaultValue;
            value.ApplyDefinition(
                node,
                DirectiveValues.DeprecationReason(node),
                literal is null ? null : () => ValueFromAst.TryConvert(literal, type, null, out var coerced) ? coerced : null);
            return value;
        }).ToList();

    private List<EnumValue> BuildEnumValues(string typeName, IEnumerable<EnumValueDefinitionNode> nodes)
    {
        var runtimeType = _bindings.EnumRuntimeTypes.GetValueOrDefault(typeName);
        var runtimeValues = _bindings.EnumRuntimeValues.GetValueOrDefault(typeName);
        return nodes.Select(node => new EnumValue(node.Name.Value, runtimeValues?.GetValueOrDefault(node.Name.Value) ?? RuntimeEnumValue(runtimeType, typeName, node.Name.Value))
        {
            Description = node.Description?.Value,
            DeprecationReason = DirectiveValues.DeprecationReason(node),
            SyntaxNode = node,
        }).ToList();
    }

    /// <summary>The CLR enum member bound to a GraphQL enum value, or the value's name when no CLR enum is bound.</summary>
    private static object RuntimeEnumValue(Type? runtimeType, string typeName, string valueName)
    {
        if (runtimeType is null)
        {
            return valueName;
        }

        static string Simplify(string name) => name.Replace("_", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        var member = Enum.GetNames(runtimeType).FirstOrDefault(n => Simplify(n) == Simplify(valueName))
            ?? throw new InvalidOperationException($"Enum value \"{typeName}.{valueName}\" has no member in {runtimeType.Name}.");
        return Enum.Parse(runtimeType, member);
    }

    private DirectiveDefinition BuildDirective(DirectiveDefinitionNode node) =>
        new(
            node.Name.Value,
            node.Locations.Select(l => DirectiveLocationNames.TryParse(l.Value, out var location)
                ? location
                : throw new InvalidOperationException($"Unknown directive location \"{l.Value}\".")),
            BuildInputValues(node.Arguments, (n, t) => new Argument(n, t)))
        {
            Description = node.Description?.Value,
            IsRepeatable = node.Repeatable,
            DeprecationReason = ((object)node) is IHasDirectives withDirectives ? DirectiveValues.DeprecationReason(withDirectives) : null,
            SyntaxNode = node,
        };

    /// <summary>The members of a type definition and its extensions, in document order.</summary>
    private sealed record Members(
        IReadOnlyList<FieldDefinitionNode> Fields,
        IReadOnlyList<NamedTypeNode> Interfaces,
        IReadOnlyList<NamedTypeNode> UnionTypes,
        IReadOnlyList<EnumValueDefinitionNode> EnumValues,
        IReadOnlyList<InputValueDefinitionNode> InputFields)
    {
        public static Members Of(SyntaxNode definition, IEnumerable<TypeExtensionNode> extensions)
        {
            var nodes = new[] { definition }.Concat(extensions).ToList();
            return new Members(
                nodes.SelectMany(n => n switch
                {
                    ObjectTypeDefinitionNode o => o.Fields,
                    ObjectTypeExtensionNode o => o.Fields,
                    InterfaceTypeDefinitionNode i => i.Fields,
                    InterfaceTypeExtensionNode i => i.Fields,
                    _ => [],
                }).ToList(),
                nodes.SelectMany(n => n switch
                {
                    ObjectTypeDefinitionNode o => o.Interfaces,
                    ObjectTypeExtensionNode o => o.Interfaces,
                    InterfaceTypeDefinitionNode i => i.Interfaces,
                    InterfaceTypeExtensionNode i => i.Interfaces,
                    _ => [],
                }).ToList(),
                nodes.SelectMany(n => n switch
                {
                    UnionTypeDefinitionNode u => u.Types,
                    UnionTypeExtensionNode u => u.Types,
                    _ => [],
                }).ToList(),
                nodes.SelectMany(n => n switch
                {
                    EnumTypeDefinitionNode e => e.Values,
                    EnumTypeExtensionNode e => e.Values,
                    _ => [],
                }).ToList(),
                nodes.SelectMany(n => n switch
                {
                    InputObjectTypeDefinitionNode i => i.Fields,
                    InputObjectTypeExtensionNode i => i.Fields,
                    _ => [],
                }).ToList());
        }
    }
}
