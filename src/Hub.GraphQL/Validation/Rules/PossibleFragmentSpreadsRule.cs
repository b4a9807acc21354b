using Hub.GraphQL.Errors;
using Hub.GraphQL.Language;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Language.Visitor;
using Hub.GraphQL.Types;
using Hub.GraphQL.Utilities;

namespace Hub.GraphQL.Validation.Rules;

/// <summary>A fragment may only be spread where its type can overlap the parent type.</summary>
public sealed class PossibleFragmentSpreadsRule : IValidationRule
{
    public static readonly PossibleFragmentSpreadsRule Instance = new();

    public string Name => nameof(PossibleFragmentSpreadsRule);

    public SyntaxVisitor CreateVisitor(ValidationContext context) => new SyntaxVisitor()
        .Enter<InlineFragmentNode>(SyntaxKind.InlineFragment, fragment =>
        {
            if (context.TypeInfo.Type is NamedType fragmentType && fragmentType.IsCompositeType()
                && context.TypeInfo.ParentType is NamedType parentType && parentType.IsCompositeType()
                && !TypeComparators.DoTypesOverlap(context.Schema, fragmentType, parentType))
            {
                context.ReportError(new GraphQLError(
                    $"Fragment cannot be spread here as objects of type \"{parentType}\" can never be of type \"{fragmentType}\".",
                    [fragment]));
            }
        })
        .Enter<FragmentSpreadNode>(SyntaxKind.FragmentSpread, spread =>
        {
            var name = spread.Name.Value;
            if (FragmentType(context, name) is { } fragmentType
                && context.TypeInfo.ParentType is NamedType parentType
                && !TypeComparators.DoTypesOverlap(context.Schema, fragmentType, parentType))
            {
                context.ReportError(new GraphQLError(
                    $"Fragment \"{name}\" cannot be spread here as objects of type \"{parentType}\" can never be of type \"{fragmentType}\".",
                    [spread]));
            }
        });

    private static NamedType? FragmentType(ValidationContext context, string name)
        => context.GetFragment(name) is { } fragment
            && TypeFromAst.Resolve(context.Schema, fragment.TypeCondition) is NamedType type
            && type.IsCompositeType()
                ? type
                : null;
}
