using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Types;

namespace Hub.GraphQL.Validation.Rules;

/// <summary>A field of a collected selection set: where it was selected, its definition, and data computed lazily when it overlaps.</summary>
internal sealed class CollectedField(NamedType? parentType, FieldNode node, OutputField? definition)
{
    private Dictionary<CollectedField, string?>? _comparisons;
    private Dictionary<string, ValueNode>? _argumentValues;

    public NamedType? ParentType { get; } = parentType;

    public FieldNode Node { get; } = node;

    public OutputField? Definition { get; } = definition;

    /// <summary>No arguments and no selection set: two such fields with the same name and type never conflict.</summary>
    public bool IsSimpleLeaf { get; } = node.Arguments.Count == 0 && node.SelectionSet is null;

    /// <summary>Remembered name/argument comparisons with other fields (null means they agree).</summary>
    public Dictionary<CollectedField, string?> Comparisons => _comparisons ??= [];

    /// <summary>The argument values by name (first occurrence wins, like graphql-js's Map).</summary>
    public Dictionary<string, ValueNode> ArgumentValues
    {
        get
        {
            if (_argumentValues is null)
            {
                _argumentValues = new Dictionary<string, ValueNode>(StringComparer.Ordinal);
                foreach (var argument in Node.Arguments)
                {
                    _argumentValues[argument.Name.Value] = argument.Value;
                }
            }

            return _argumentValues;
        }
    }
}
