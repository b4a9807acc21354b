using System.Runtime.CompilerServices;
using Hub.GraphQL.Errors;
using Hub.GraphQL.Language;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Language.Visitor;

namespace Hub.GraphQL.Validation.Rules;

/// <summary>Bounds how deeply an introspection query may nest the list fields of <c>__Type</c> (a cheap denial-of-service guard).</summary>
public sealed class MaxIntrospectionDepthRule : IValidationRule
{
    public static readonly MaxIntrospectionDepthRule Instance = new();

    private const int MaxListsDepth = 3;

    public string Name => nameof(MaxIntrospectionDepthRule);

    public SyntaxVisitor CreateVisitor(ValidationContext context)
    {
        var check = new DepthCheck(context);
        return new SyntaxVisitor().EnterWithAction<FieldNode>(SyntaxKind.Field, field =>
        {
            if (field.Name.Value is not ("__schema" or "__type")
                || !check.IsTooDeep(field, new Dictionary<string, int>(StringComparer.Ordinal), 0))
            {
                return VisitorAction.Continue;
            }

            context.ReportError(new GraphQLError("Maximum introspection depth exceeded", [field]));
            return VisitorAction.Skip;
        });
    }

    // Remembers, per fragment, the shallowest entry depth already checked or found too deep, so that fragments
    // spread many times (or in cycles) are not explored again at the same or a greater depth.
    private sealed class DepthCheck(ValidationContext context)
    {
        private readonly Dictionary<string, int> _checked = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _exceeded = new(StringComparer.Ordinal);

        public bool IsTooDeep(SyntaxNode node, Dictionary<string, int> visited, int depth)
        {
            RuntimeHelpers.EnsureSufficientExecutionStack();
            SelectionSetNode? selectionSet;
            switch (node)
            {
                case FragmentSpreadNode spread:
                    return IsFragmentTooDeep(spread.Name.Value, visited, depth);
                case FieldNode field:
                    if (field.Name.Value is "fields" or "interfaces" or "possibleTypes" or "inputFields" && ++depth >= MaxListsDepth)
                    {
                        return true;
                    }

                    selectionSet = field.SelectionSet;
                    break;
                case InlineFragmentNode inline:
                    selectionSet = inline.SelectionSet;
                    break;
                case FragmentDefinitionNode definition:
                    selectionSet = definition.SelectionSet;
                    break;
                default:
                    return false;
            }

            return selectionSet is not null && selectionSet.Selections.Any(child => IsTooDeep(child, visited, depth));
        }

        private bool IsFragmentTooDeep(string name, Dictionary<string, int> visited, int depth)
        {
            if (_exceeded.TryGetValue(name, out var exceededAt) && exceededAt <= depth)
            {
                return true;
            }

            if ((visited.TryGetValue(name, out var visitedAt) && visitedAt >= depth)
                || (_checked.TryGetValue(name, out var checkedAt) && checkedAt >= depth)
                || context.GetFragment(name) is not { } fragment)
            {
                return false;
            }

            visited[name] = depth;
            if (IsTooDeep(fragment, visited, depth))
            {
                _exceeded[name] = depth;
                return true;
            }

            _checked[name] = depth;
            return false;
        }
    }
}
