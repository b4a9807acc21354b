using Hub.GraphQL.Errors;
using Hub.GraphQL.Language;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Language.Visitor;

namespace Hub.GraphQL.Validation.Rules;

/// <summary>SDL must not define a type twice, nor redefine a type of the schema it extends.</summary>
public sealed class UniqueTypeNamesRule : ISdlValidationRule
{
    public static readonly UniqueTypeNamesRule Instance = new();

    private static readonly SyntaxKind[] DefinitionKinds =
    [
        SyntaxKind.ScalarTypeDefinition, SyntaxKind.ObjectTypeDefinition, SyntaxKind.InterfaceTypeDefinition,
        SyntaxKind.UnionTypeDefinition, SyntaxKind.EnumTypeDefinition, SyntaxKind.InputObjectTypeDefinition,
    ];

    public string Name => nameof(UniqueTypeNamesRule);

    public SyntaxVisitor CreateVisitor(SdlValidationContext context)
    {
        var known = new Dictionary<string, NameNode>(StringComparer.Ordinal);
        var visitor = new SyntaxVisitor();
        foreach (var kind in DefinitionKinds)
        {
            visitor.EnterWithAction<TypeDefinitionNode>(kind, definition =>
            {
                var name = definition.Name;
                if (context.Schema?.GetType(name.Value) is not null)
                {
                    context.ReportError(new GraphQLError(
                        $"Type \"{name.Value}\" already exists in the schema. It cannot also be defined in this type definition.", [name]));
                }
                else if (known.TryGetValue(name.Value, out var first))
                {
                    context.ReportError(new GraphQLError($"There can be only one type named \"{name.Value}\".", [first, name]));
                }
                else
                {
                    known[name.Value] = name;
                }

                return VisitorAction.Skip;
            });
        }

        return visitor;
    }
}
