using Hub.GraphQL.Errors;
using Hub.GraphQL.Language;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Language.Visitor;
using Hub.GraphQL.Types;

namespace Hub.GraphQL.Validation.Rules;

/// <summary>A type's fields must be distinct across its definition and extensions, and not repeat fields of the extended schema.</summary>
public sealed class UniqueFieldDefinitionNamesRule : ISdlValidationRule
{
    public static readonly UniqueFieldDefinitionNamesRule Instance = new();

    public string Name => nameof(UniqueFieldDefinitionNamesRule);

    public SyntaxVisitor CreateVisitor(SdlValidationContext context)
    {
        var knownByType = new Dictionary<string, Dictionary<string, NameNode>>(StringComparer.Ordinal);

        VisitorAction Check(string typeName, IEnumerable<NameNode> fieldNames)
        {
            if (!knownByType.TryGetValue(typeName, out var known))
            {
                known = new Dictionary<string, NameNode>(StringComparer.Ordinal);
                knownByType[typeName] = known;
            }

            var existing = context.Schema?.GetType(typeName);
            foreach (var name in fieldNames)
            {
                if (HasField(existing, name.Value))
                {
                    context.ReportError(new GraphQLError(
                        $"Field \"{typeName}.{name.Value}\" already exists in the schema. It cannot also be defined in this type extension.",
                        [name]));
                }
                else if (known.TryGetValue(name.Value, out var first))
                {
                    context.ReportError(new GraphQLError($"Field \"{typeName}.{name.Value}\" can only be defined once.", [first, name]));
                }
                else
                {
                    known[name.Value] = name;
                }
            }

            return VisitorAction.Skip;
        }

        return new SyntaxVisitor()
            .EnterWithAction<InputObjectTypeDefinitionNode>(SyntaxKind.InputObjectTypeDefinition, n => Check(n.Name.Value, n.Fields.Select(f => f.Name)))
            .EnterWithAction<InputObjectTypeExtensionNode>(SyntaxKind.InputObjectTypeExtension, n => Check(n.Name.Value, n.Fields.Select(f => f.Name)))
            .EnterWithAction<InterfaceTypeDefinitionNode>(SyntaxKind.InterfaceTypeDefinition, n => Check(n.Name.Value, n.Fields.Select(f => f.Name)))
            .EnterWithAction<InterfaceTypeExtensionNode>(SyntaxKind.InterfaceTypeExtension, n => Check(n.Name.Value, n.Fields.Select(f => f.Name)))
            .EnterWithAction<ObjectTypeDefinitionNode>(SyntaxKind.ObjectTypeDefinition, n => Check(n.Name.Value, n.Fields.Select(f => f.Name)))
            .EnterWithAction<ObjectTypeExtensionNode>(SyntaxKind.ObjectTypeExtension, n => Check(n.Name.Value, n.Fields.Select(f => f.Name)));
    }

    private static bool HasField(NamedType? type, string fieldName) => type switch
    {
        ComplexOutputType complex => complex.Fields.ContainsKey(fieldName),
        InputObjectType input => input.Fields.ContainsKey(fieldName),
        _ => false,
    };
}
