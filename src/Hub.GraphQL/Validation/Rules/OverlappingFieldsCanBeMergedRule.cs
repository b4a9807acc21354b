using Hub.GraphQL.Errors;
using Hub.GraphQL.Language;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Language.Visitor;
using Hub.GraphQL.Types;

namespace Hub.GraphQL.Validation.Rules;

/// <summary>
/// Fields with the same response name in one selection (fragments included) must be mergeable: the same field with
/// the same arguments (unless their parents are distinct object types) and compatible return shapes.
/// </summary>
public sealed class OverlappingFieldsCanBeMergedRule : IValidationRule
{
    public static readonly OverlappingFieldsCanBeMergedRule Instance = new();

    public string Name => nameof(OverlappingFieldsCanBeMergedRule);

    public SyntaxVisitor CreateVisitor(ValidationContext context)
    {
        // One finder per validation: it caches collected fields and the comparisons already made.
        var finder = new FieldConflictFinder(context);
        return new SyntaxVisitor().Enter(SyntaxKind.SelectionSet, (node, ancestors) =>
        {
            var selectionSet = (SelectionSetNode)node;

            // An inline fragment's selections belong to the enclosing level, which checks them; a lone field has nothing to merge with.
            if (ancestors[^1] is InlineFragmentNode
                || (selectionSet.Selections.Count <= 1 && selectionSet.Selections.FirstOrDefault() is not InlineFragmentNode))
            {
                return VisitorAction.Continue;
            }

            foreach (var conflict in finder.FindWithin(context.TypeInfo.ParentType as NamedType, selectionSet))
            {
                context.ReportError(new GraphQLError(
                    $"Fields \"{ConflictMessages.Abbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}. Use different aliases on the fields to fetch both if this was intentional.",
                    conflict.Fields1.Concat(conflict.Fields2)));
            }

            return VisitorAction.Continue;
        });
    }
}
