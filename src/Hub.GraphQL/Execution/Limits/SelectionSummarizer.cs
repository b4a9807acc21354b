using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Types;

namespace Hub.GraphQL.Execution.Limits;

/// <summary>
/// Summarises an operation on its fragment graph: each fragment is summarised once, after the fragments it spreads,
/// and a spread adds the fragment's summary instead of walking it again. The work is linear in the document's size
/// however often fragments spread each other, so a few hundred bytes cannot make the analysis expand 2^40 fields.
/// A spread of a fragment inside its own cycle (invalid, reported by validation) adds nothing.
/// </summary>
internal sealed class SelectionSummarizer(Schema schema, DocumentNode document, LimitOptions options)
{
    private readonly Dictionary<string, SelectionSummary> _fragmentSummaries = new(StringComparer.Ordinal);

    public FieldWeights Weights { get; } = new(options);

    public SelectionSummary Summarize(OperationDefinitionNode operation, NamedType rootType)
    {
        var fragments = FragmentOrder.Fragments(document);
        foreach (var fragment in FragmentOrder.DependenciesFirst(fragments, operation.SelectionSet))
        {
            var type = schema.GetType(fragment.TypeCondition.Name.Value);
            _fragmentSummaries[fragment.Name.Value] = type is null ? SelectionSummary.Empty : Summarize(fragment.SelectionSet, type);
        }

        return Summarize(operation.SelectionSet, rootType);
    }

    private SelectionSummary Summarize(SelectionSetNode selectionSet, NamedType? parentType)
    {
        var summary = new SelectionSummary();
        AddSelections(summary, selectionSet, parentType);
        return summary;
    }

    private void AddSelections(SelectionSummary summary, SelectionSetNode selectionSet, NamedType? parentType)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    AddField(summary, field, parentType);
                    break;
                case InlineFragmentNode inline:
                    var inlineType = inline.TypeCondition is { } condition ? schema.GetType(condition.Name.Value) ?? parentType : parentType;
                    AddSelections(summary, inline.SelectionSet, inlineType);
                    break;
                case FragmentSpreadNode spread:
                    summary.AddExpanded(_fragmentSummaries.GetValueOrDefault(spread.Name.Value) ?? SelectionSummary.Empty);
                    break;
            }
        }
    }

    private void AddField(SelectionSummary summary, FieldNode node, NamedType? parentType)
    {
        // __typename is a field of every composite type, so it is looked up on the type rather than in the schema.
        var definition = (parentType as ComplexOutputType)?.GetField(node.Name.Value);
        var children = node.SelectionSet is { } selectionSet ? Summarize(selectionSet, definition?.Type.NamedType()) : null;
        var cost = definition is null ? default : Weights.Cost(definition, node, children);
        if (options.SkipIntrospectionFields && node.Name.Value.StartsWith("__", StringComparison.Ordinal))
        {
            // HotChocolate's depth rule leaves introspection fields, and what they select, out of the shape.
            summary.AddField(node.Name.Value, node.Alias is not null, counted: null, cost);
            return;
        }

        summary.AddField(node.Name.Value, node.Alias is not null, children, cost);
        summary.AddDepth(1 + (children?.Depth ?? 0));
    }
}
