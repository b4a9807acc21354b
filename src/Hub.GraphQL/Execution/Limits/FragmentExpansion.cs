using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Types;

namespace Hub.GraphQL.Execution.Limits;

/// <summary>
/// Lists the fields of a selection set with fragment spreads and inline fragments expanded in place. A fragment
/// already being expanded on the current path is skipped, so cyclic fragments (reported by validation) cannot loop.
/// </summary>
internal sealed class FragmentExpansion(Schema schema, DocumentNode document)
{
    private readonly Dictionary<string, FragmentDefinitionNode> _fragments = document.Definitions
        .OfType<FragmentDefinitionNode>()
        .GroupBy(f => f.Name.Value)
        .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    private readonly HashSet<string> _expanding = new(StringComparer.Ordinal);

    public IEnumerable<SelectedField> Fields(SelectionSetNode selectionSet, NamedType parentType)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    yield return new SelectedField(field, parentType);
                    break;
                case InlineFragmentNode inline:
                    var inlineType = inline.TypeCondition is { } condition ? schema.GetType(condition.Name.Value) ?? parentType : parentType;
                    foreach (var field in Fields(inline.SelectionSet, inlineType))
                    {
                        yield return field;
                    }

                    break;
                case FragmentSpreadNode spread when _fragments.TryGetValue(spread.Name.Value, out var fragment) && _expanding.Add(spread.Name.Value):
                    var fragmentType = schema.GetType(fragment.TypeCondition.Name.Value) ?? parentType;
                    foreach (var field in Fields(fragment.SelectionSet, fragmentType))
                    {
                        yield return field;
                    }

                    _expanding.Remove(spread.Name.Value);
                    break;
            }
        }
    }

    /// <summary>The definition of a selected field, including <c>__typename</c> on any composite type; null when unknown.</summary>
    public static OutputField? Definition(SelectedField selected)
        => (selected.ParentType as ComplexOutputType)?.GetField(selected.Node.Name.Value);
}
