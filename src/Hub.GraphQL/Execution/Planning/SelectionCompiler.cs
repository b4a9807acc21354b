using System.Runtime.CompilerServices;
using Hub.GraphQL.Authorization;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Types;
using Hub.GraphQL.Types.Introspection;

namespace Hub.GraphQL.Execution.Planning;

/// <summary>
/// graphql-js <c>collectFields</c>/<c>collectSubfields</c> for one set of <c>@skip</c>/<c>@include</c> outcomes:
/// fields merged by response key at their first occurrence, fragments expanded in place, each fragment once.
/// </summary>
internal sealed class SelectionCompiler(
    Schema schema,
    IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
    IncludeConditions conditions,
    IncludeConditions.Outcome outcome,
    IReadOnlyDictionary<OutputField, FieldAuthorizer>? authorizers)
{
    public SelectionSet CollectFields(ObjectType type, SelectionSetNode selectionSet)
    {
        var grouped = new OrderedDictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        Collect(type, selectionSet, grouped, new HashSet<string>(StringComparer.Ordinal));
        return Build(type, grouped);
    }

    public SelectionSet CollectSubfields(ObjectType type, FieldNode[] fieldNodes)
    {
        var grouped = new OrderedDictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        var visitedFragments = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in fieldNodes)
        {
            if (node.SelectionSet is not null)
            {
                Collect(type, node.SelectionSet, grouped, visitedFragments);
            }
        }

        return Build(type, grouped);
    }

    private void Collect(
        ObjectType type,
        SelectionSetNode selectionSet,
        OrderedDictionary<string, List<FieldNode>> grouped,
        HashSet<string> visitedFragments)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    if (!conditions.ShouldInclude(field, outcome))
                    {
                        continue;
                    }

                    var key = field.Alias?.Value ?? field.Name.Value;
                    if (grouped.TryGetValue(key, out var nodes))
                    {
                        nodes.Add(field);
                    }
                    else
                    {
                        grouped.Add(key, [field]);
                    }

                    break;

                case InlineFragmentNode inline:
                    if (!conditions.ShouldInclude(inline, outcome) || !Matches(inline.TypeCondition, type))
                    {
                        continue;
                    }

                    Collect(type, inline.SelectionSet, grouped, visitedFragments);
                    break;

                case FragmentSpreadNode spread:
                    var name = spread.Name.Value;
                    if (visitedFragments.Contains(name) || !conditions.ShouldInclude(spread, outcome))
                    {
                        continue;
                    }

                    visitedFragments.Add(name);
                    if (!fragments.TryGetValue(name, out var fragment) || !Matches(fragment.TypeCondition, type))
                    {
                        continue;
                    }

                    Collect(type, fragment.SelectionSet, grouped, visitedFragments);
                    break;
            }
        }
    }

    private bool Matches(NamedTypeNode? typeCondition, ObjectType type)
    {
        if (typeCondition is null)
        {
            return true;
        }

        var conditional = schema.GetType(typeCondition.Name.Value);
        if (ReferenceEquals(conditional, type))
        {
            return true;
        }

        return conditional is InterfaceType or UnionType && schema.IsSubType(conditional, type);
    }

    private SelectionSet Build(ObjectType type, OrderedDictionary<string, List<FieldNode>> grouped)
    {
        var selections = new List<Selection>(grouped.Count);
        foreach (var (responseName, nodes) in grouped)
        {
            var field = FieldDefinition(type, nodes[0].Name.Value);
            if (field is null)
            {
                // graphql-js leaves unknown fields out of the response (only reachable without validation).
                continue;
            }

            selections.Add(new Selection(
                this, selections.Count, responseName, type, field, [.. nodes], new ArgumentPlan(field, nodes[0]), authorizers?.GetValueOrDefault(field)));
        }

        return new SelectionSet(type, [.. selections]);
    }

    private OutputField? FieldDefinition(ObjectType type, string name)
    {
        if (name == "__typename")
        {
            return IntrospectionFields.TypeName;
        }

        if (ReferenceEquals(type, schema.QueryTypeOrNull))
        {
            if (name == "__schema")
            {
                return IntrospectionFields.Schema;
            }

            if (name == "__type")
            {
                return IntrospectionFields.Type;
            }
        }

        return type.GetField(name);
    }
}
