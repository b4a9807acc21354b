using Hub.GraphQL.Language.Syntax;

namespace Hub.GraphQL.Execution.Limits;

/// <summary>
/// Orders the fragments an operation reaches so that every fragment comes after the fragments it spreads. The walk
/// keeps its own stack, so a chain of thousands of fragments cannot exhaust the thread's stack.
/// </summary>
internal static class FragmentOrder
{
    /// <summary>The document's fragments by name (the first of a duplicated name, which validation reports).</summary>
    public static Dictionary<string, FragmentDefinitionNode> Fragments(DocumentNode document)
    {
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                fragments.TryAdd(fragment.Name.Value, fragment);
            }
        }

        return fragments;
    }

    /// <summary>The fragments reachable from <paramref name="selectionSet"/>, each once, dependencies first.</summary>
    public static List<FragmentDefinitionNode> DependenciesFirst(
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, SelectionSetNode selectionSet)
    {
        var ordered = new List<FragmentDefinitionNode>();
        var entered = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<(FragmentDefinitionNode Fragment, IEnumerator<string> Spreads)>();
        using var roots = SpreadNames(selectionSet).GetEnumerator();
        while (roots.MoveNext())
        {
            Enter(roots.Current);
            while (stack.TryPeek(out var top))
            {
                if (top.Spreads.MoveNext())
                {
                    Enter(top.Spreads.Current);
                    continue;
                }

                top.Spreads.Dispose();
                stack.Pop();
                ordered.Add(top.Fragment);
            }
        }

        return ordered;

        void Enter(string name)
        {
            if (entered.Add(name) && fragments.TryGetValue(name, out var fragment))
            {
                stack.Push((fragment, SpreadNames(fragment.SelectionSet).GetEnumerator()));
            }
        }
    }

    /// <summary>The names of the fragments spread anywhere inside a selection set, once per spread.</summary>
    private static IEnumerable<string> SpreadNames(SelectionSetNode selectionSet)
    {
        var pending = new Stack<SelectionSetNode>([selectionSet]);
        while (pending.TryPop(out var current))
        {
            for (var i = current.Selections.Count - 1; i >= 0; i--)
            {
                switch (current.Selections[i])
                {
                    case FragmentSpreadNode spread:
                        yield return spread.Name.Value;
                        break;
                    case FieldNode { SelectionSet: { } children }:
                        pending.Push(children);
                        break;
                    case InlineFragmentNode inline:
                        pending.Push(inline.SelectionSet);
                        break;
                }
            }
        }
    }
}
