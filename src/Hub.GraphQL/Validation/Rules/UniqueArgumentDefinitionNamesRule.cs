using Hub.GraphQL.Errors;
using Hub.GraphQL.Language;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Language.Visitor;

namespace Hub.GraphQL.Validation.Rules;

/// <summary>A field or directive definition must not declare the same argument twice.</summary>
public sealed class UniqueArgumentDefinitionNamesRule : ISdlValidationRule
{
    public static readonly UniqueArgumentDefinitionNamesRule Instance = new();

    public string Name => nameof(UniqueArgumentDefinitionNamesRule);

    public SyntaxVisitor CreateVisitor(SdlValidationContext context)
    {
        VisitorAction CheckFields(string typeName, IReadOnlyList<FieldDefinitionNode> fields)
        {
            foreach (var field in fields)
            {
                Check(context, $"{typeName}.{field.Name.Value}", field.Arguments);
            }

            return VisitorAction.Skip;
        }

        return new SyntaxVisitor()
            .EnterWithAction<DirectiveDefinitionNode>(SyntaxKind.DirectiveDefinition, n =>
            {
                Check(context, $"@{n.Name.Value}", n.Arguments);
                return VisitorAction.Skip;
            })
            .EnterWithAction<InterfaceTypeDefinitionNode>(SyntaxKind.InterfaceTypeDefinition, n => CheckFields(n.Name.Value, n.Fields))
            .EnterWithAction<InterfaceTypeExtensionNode>(SyntaxKind.InterfaceTypeExtension, n => CheckFields(n.Name.Value, n.Fields))
            .EnterWithAction<ObjectTypeDefinitionNode>(SyntaxKind.ObjectTypeDefinition, n => CheckFields(n.Name.Value, n.Fields))
            .EnterWithAction<ObjectTypeExtensionNode>(SyntaxKind.ObjectTypeExtension, n => CheckFields(n.Name.Value, n.Fields));
    }

    private static void Check(SdlValidationContext context, string parentName, IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        foreach (var group in arguments.GroupBy(argument => argument.Name.Value, StringComparer.Ordinal))
        {
            if (group.Count() > 1)
            {
                context.ReportError(new GraphQLError(
                    $"Argument \"{parentName}({group.Key}:)\" can only be defined once.", group.Select(argument => argument.Name)));
            }
        }
    }
}
