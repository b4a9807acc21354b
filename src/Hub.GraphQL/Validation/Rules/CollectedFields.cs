using Hub.GraphQL.Language.Syntax;

namespace Hub.GraphQL.Validation.Rules;

/// <summary>
/// A selection set's fields grouped by response name (inline fragments flattened) and the fragments it spreads,
/// plus the comparisons already made from it, so repeated comparisons cost nothing.
/// </summary>
internal sealed class CollectedFields
{
    private Dictionary<string, bool>? _comparedFragments;
    private Dictionary<CollectedFields, List<(string ResponseName, List<CollectedField> Fields1, List<CollectedField> Fields2)>>? _overlaps;

    public OrderedDictionary<string, List<CollectedField>> Grouped { get; } = new(StringComparer.Ordinal);

    public List<string> FragmentNames { get; } = [];

    /// <summary>Fragments already compared with these fields, and whether that comparison assumed exclusive parents.</summary>
    public Dictionary<string, bool> ComparedFragments => _comparedFragments ??= new(StringComparer.Ordinal);

    /// <summary>The response names shared with another collection, remembered per collection.</summary>
    public Dictionary<CollectedFields, List<(string ResponseName, List<CollectedField> Fields1, List<CollectedField> Fields2)>> Overlaps
        => _overlaps ??= [];

    public void AddField(string responseName, CollectedField field)
    {
        if (!Grouped.TryGetValue(responseName, out var fields))
        {
            fields = [];
            Grouped.Add(responseName, fields);
        }

        fields.Add(field);
    }
}
