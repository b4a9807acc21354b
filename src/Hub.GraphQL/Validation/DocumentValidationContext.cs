using Hub.GraphQL.Errors;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Types;
using Hub.GraphQL.Utilities;

namespace Hub.GraphQL.Validation;

/// <summary>
/// What every rule sees (graphql-js <c>ASTValidationContext</c>): the document, its fragments and error reporting.
/// Fragment spreads and the fragments an operation reaches are computed once per validation and remembered.
/// </summary>
public abstract class DocumentValidationContext
{
    private const int MaxFragmentWork = 50_000;

    private readonly Action<GraphQLError> _onError;
    private readonly Dictionary<SelectionSetNode, IReadOnlyList<FragmentSpreadNode>> _fragmentSpreads = [];
    private readonly Dictionary<OperationDefinitionNode, IReadOnlyList<FragmentDefinitionNode>> _recursiveFragments = [];
    private Dictionary<string, FragmentDefinitionNode>? _fragments;
    private int _remainingFragmentWork = MaxFragmentWork;

    protected DocumentValidationContext(DocumentNode document, Action<GraphQLError> onError)
    {
        Document = document;
        _onError = onError;
    }

    public DocumentNode Document { get; }

    /// <summary>
    /// graphql-js 17's <c>hideSuggestions</c>: errors say what is wrong without "Did you mean …?", for a schema whose
    /// introspection hides names from some callers (the hints are drawn from the whole schema).
    /// </summary>
    public bool HideSuggestions { get; init; }

    /// <summary>The names among <paramref name="options"/> close to <paramref name="input"/>, none when suggestions are hidden.</summary>
    public IReadOnlyList<string> SuggestionList(string input, IEnumerable<string> options) =>
        HideSuggestions ? [] : Suggestions.List(input, options);

    /// <summary>The schema the document is checked against; for SDL validation, the schema being extended (if any).</summary>
    public abstract Schema? Schema { get; }

    public void ReportError(GraphQLError error) => _onError(error);

    /// <summary>The fragment definition named <paramref name="name"/> (the first one when the name repeats).</summary>
    public FragmentDefinitionNode? GetFragment(string name)
    {
        if (_fragments is null)
        {
            _fragments = [];
            foreach (var definition in Document.Definitions)
            {
                if (definition is FragmentDefinitionNode fragment)
                {
                    _fragments.TryAdd(fragment.Name.Value, fragment);
                }
            }
        }

        return _fragments.GetValueOrDefault(name);
    }

    /// <summary>The fragment spreads inside <paramref name="selectionSet"/>, looking through inline fragments but not into other fragments.</summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        if (_fragmentSpreads.TryGetValue(selectionSet, out var cached))
        {
            return cached;
        }

        var spreads = new List<FragmentSpreadNode>();
        var setsToVisit = new Stack<SelectionSetNode>();
        setsToVisit.Push(selectionSet);
        while (setsToVisit.TryPop(out var set))
        {
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case FragmentSpreadNode spread:
                        spreads.Add(spread);
                        break;
                    case FieldNode { SelectionSet: { } fieldSet }:
                        setsToVisit.Push(fieldSet);
                        break;
                    case InlineFragmentNode inlineFragment:
                        setsToVisit.Push(inlineFragment.SelectionSet);
                        break;
                }
            }
        }

        _fragmentSpreads[selectionSet] = spreads;
        return spreads;
    }

    /// <summary>
    /// Every fragment reachable from <paramref name="operation"/> through spreads, each once, breadth first: the
    /// fragments the operation spreads, then those they spread, and so on (graphql-js 16.15's order).
    /// </summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation)
    {
        if (_recursiveFragments.TryGetValue(operation, out var cached))
        {
            return cached;
        }

        var fragments = new List<FragmentDefinitionNode>();
        var names = new List<string>();
        var collected = new HashSet<string>(StringComparer.Ordinal);
        foreach (var spread in GetFragmentSpreads(operation.SelectionSet))
        {
            if (collected.Add(spread.Name.Value))
            {
                names.Add(spread.Name.Value);
            }
        }

        SpendFragmentWork(names.Count);
        for (var i = 0; i < names.Count; i++)
        {
            if (GetFragment(names[i]) is not { } fragment)
            {
                continue;
            }

            fragments.Add(fragment);
            var spreads = GetFragmentSpreads(fragment.SelectionSet);
            SpendFragmentWork(spreads.Count);
            foreach (var spread in spreads)
            {
                if (collected.Add(spread.Name.Value))
                {
                    names.Add(spread.Name.Value);
                }
            }
        }

        _recursiveFragments[operation] = fragments;
        return fragments;
    }

    /// <summary>
    /// Charges work done following fragments against a fixed budget; when it runs out the validation is aborted
    /// (graphql-js 16.15 bounds this work the same way against documents built to make it explode).
    /// </summary>
    public void SpendFragmentWork(int cost)
    {
        _remainingFragmentWork -= cost;
        if (_remainingFragmentWork < 0)
        {
            throw new ValidationAbortedException();
        }
    }
}
