using Hub.GraphQL.Errors;
using Hub.GraphQL.Language;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Language.Visitor;
using Hub.GraphQL.Types;

namespace Hub.GraphQL.Validation.Rules;

/// <summary>An enum's values must be distinct across its definition and extensions, and not repeat values of the extended schema.</summary>
public sealed class UniqueEnumValueNamesRule : ISdlValidationRule
{
    public static readonly UniqueEnumValueNamesRule Instance = new();

    public string Name => nameof(UniqueEnumValueNamesRule);

    public SyntaxVisitor CreateVisitor(SdlValidationContext context)
    {
        var knownByType = new Dictionary<string, Dictionary<string, NameNode>>(StringComparer.Ordinal);

        VisitorAction Check(string typeName, IReadOnlyList<EnumValueDefinitionNode> values)
        {
            if (!knownByType.TryGetValue(typeName, out var known))
            {
                known = new Dictionary<string, NameNode>(StringComparer.Ordinal);
                knownByType[typeName] = known;
            }

            var existing = context.Schema?.GetType(typeName) as EnumType;
            foreach (var value in values)
            {
                var name = value.Name;
                if (existing?.GetValue(name.Value) is not null)
                {
                    context.ReportError(new GraphQLError(
                        $"Enum value \"{typeName}.{name.Value}\" already exists in the schema. It cannot also be defined in this type extension.",
                        [name]));
                }
                else if (known.TryGetValue(name.Value, out var first))
                {
                    context.ReportError(new GraphQLError($"Enum value \"{typeName}.{name.Value}\" can only be defined once.", [first, name]));
                }
                else
                {
                    known[name.Value] = name;
                }
            }

            return VisitorAction.Skip;
        }

        return new SyntaxVisitor()
            .EnterWithAction<EnumTypeDefinitionNode>(SyntaxKind.EnumTypeDefinition, node => Check(node.Name.Value, node.Values))
            .EnterWithAction<EnumTypeExtensionNode>(SyntaxKind.EnumTypeExtension, node => Check(node.Name.Value, node.Values));
    }
}
