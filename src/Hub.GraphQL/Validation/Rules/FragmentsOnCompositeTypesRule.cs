using Hub.GraphQL.Errors;
using Hub.GraphQL.Language;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Language.Visitor;
using Hub.GraphQL.Types;
using Hub.GraphQL.Utilities;

namespace Hub.GraphQL.Validation.Rules;

/// <summary>Fragments may only have an object, interface or union type as their type condition.</summary>
public sealed class FragmentsOnCompositeTypesRule : IValidationRule
{
    public static readonly FragmentsOnCompositeTypesRule Instance = new();

    public string Name => nameof(FragmentsOnCompositeTypesRule);

    public SyntaxVisitor CreateVisitor(ValidationContext context) => new SyntaxVisitor()
        .Enter<InlineFragmentNode>(SyntaxKind.InlineFragment, fragment =>
        {
            if (fragment.TypeCondition is { } condition && IsNonComposite(context, condition))
            {
                context.ReportError(new GraphQLError(
                    $"Fragment cannot condition on non composite type \"{Printer.Print(condition)}\".", [condition]));
            }
        })
        .Enter<FragmentDefinitionNode>(SyntaxKind.FragmentDefinition, fragment =>
        {
            if (IsNonComposite(context, fragment.TypeCondition))
            {
                context.ReportError(new GraphQLError(
                    $"Fragment \"{fragment.Name.Value}\" cannot condition on non composite type \"{Printer.Print(fragment.TypeCondition)}\".",
                    [fragment.TypeCondition]));
            }
        });

    private static bool IsNonComposite(ValidationContext context, NamedTypeNode condition)
        => TypeFromAst.Resolve(context.Schema, condition) is { } type && !type.IsCompositeType();
}
