using System.Runtime.CompilerServices;
using Hub.GraphQL.Errors;
using Hub.GraphQL.Language;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Language.Visitor;
using Hub.GraphQL.Types;
using Hub.GraphQL.Utilities;

namespace Hub.GraphQL.Validation.Rules;

/// <summary>A subscription must select exactly one root field, and not an introspection field.</summary>
public sealed class SingleFieldSubscriptionsRule : IValidationRule
{
    public static readonly SingleFieldSubscriptionsRule Instance = new();

    public string Name => nameof(SingleFieldSubscriptionsRule);

    public SyntaxVisitor CreateVisitor(ValidationContext context) => new SyntaxVisitor()
        .Enter<OperationDefinitionNode>(SyntaxKind.OperationDefinition, operation =>
        {
            if (operation.Operation != OperationType.Subscription || context.Schema.SubscriptionType is not { } rootType)
            {
                return;
            }

            var subject = operation.Name is { } name ? $"Subscription \"{name.Value}\"" : "Anonymous Subscription";
            var fields = new OrderedDictionary<string, List<FieldNode>>(StringComparer.Ordinal);
            Collect(context, rootType, operation.SelectionSet, fields, new HashSet<string>(StringComparer.Ordinal));
            if (fields.Count > 1)
            {
                context.ReportError(new GraphQLError(
                    $"{subject} must select only one top level field.", fields.Values.Skip(1).SelectMany(nodes => nodes)));
            }

            foreach (var nodes in fields.Values)
            {
                if (nodes[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
                {
                    context.ReportError(new GraphQLError($"{subject} must not select an introspection top level field.", nodes));
                }
            }
        });

    // graphql-js's collectFields with no variables: fields grouped by response key, fragments expanded once.
    private static void Collect(
        ValidationContext context,
        ObjectType rootType,
        SelectionSetNode selectionSet,
        OrderedDictionary<string, List<FieldNode>> fields,
        HashSet<string> visitedFragments)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        context.SpendFragmentWork(selectionSet.Selections.Count);
        foreach (var selection in selectionSet.Selections)
        {
            context.SpendFragmentWork(selection.Directives.Count);
            if (IsExcluded(selection))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                    var key = (field.Alias ?? field.Name).Value;
                    if (!fields.TryGetValue(key, out var nodes))
                    {
                        nodes = [];
                        fields.Add(key, nodes);
                    }

                    nodes.Add(field);
                    break;
                case InlineFragmentNode inline when Applies(context, inline.TypeCondition, rootType):
                    Collect(context, rootType, inline.SelectionSet, fields, visitedFragments);
                    break;
                case FragmentSpreadNode spread when visitedFragments.Add(spread.Name.Value):
                    if (context.GetFragment(spread.Name.Value) is { } fragment && Applies(context, fragment.TypeCondition, rootType))
                    {
                        Collect(context, rootType, fragment.SelectionSet, fields, visitedFragments);
                    }

                    break;
            }
        }
    }

    private static bool Applies(ValidationContext context, NamedTypeNode? condition, ObjectType rootType)
    {
        if (condition is null)
        {
            return true;
        }

        var type = TypeFromAst.Resolve(context.Schema, condition);
        return ReferenceEquals(type, rootType)
            || (type is NamedType named && named.IsAbstractType() && context.Schema.IsSubType(named, rootType));
    }

    // Only literal conditions can be decided without variables; a variable condition keeps the selection.
    private static bool IsExcluded(SelectionNode selection)
    {
        foreach (var directive in selection.Directives)
        {
            var condition = directive.Arguments.FirstOrDefault(argument => argument.Name.Value == "if")?.Value as BooleanValueNode;
            if ((directive.Name.Value == "skip" && condition is { Value: true })
                || (directive.Name.Value == "include" && condition is { Value: false }))
            {
                return true;
            }
        }

        return false;
    }
}
