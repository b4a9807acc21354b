using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Types;

namespace Hub.GraphQL.Execution.Limits;

/// <summary>Measures an operation's shape in one walk: its deepest field nesting and how many fields and aliases it selects.</summary>
internal sealed class SelectionShapeAnalyzer(FragmentExpansion expansion, bool skipIntrospectionFields)
{
    public int FieldCount { get; private set; }

    public int AliasCount { get; private set; }

    /// <summary>Returns the depth of the selection set: 1 for root fields, plus one per nested selection set.</summary>
    public int Measure(SelectionSetNode selectionSet, NamedType parentType)
    {
        var deepest = 0;
        foreach (var selected in expansion.Fields(selectionSet, parentType))
        {
            FieldCount++;
            if (selected.Node.Alias is not null)
            {
                AliasCount++;
            }

            if (skipIntrospectionFields && selected.Node.Name.Value.StartsWith("__", StringComparison.Ordinal))
            {
                continue;
            }

            var depth = 1;
            if (selected.Node.SelectionSet is { } children)
            {
                var childType = FragmentExpansion.Definition(selected)?.Type.NamedType() ?? parentType;
                depth += Measure(children, childType);
            }

            deepest = Math.Max(deepest, depth);
        }

        return deepest;
    }
}
