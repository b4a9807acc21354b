using System.Collections;
using System.Diagnostics.CodeAnalysis;
using Hub.GraphQL.Execution.Planning;

namespace Hub.GraphQL.Execution.Processing;

/// <summary>A response object: one value per compiled selection, in response key order.</summary>
public sealed class ResultMap : ResultNode, IReadOnlyDictionary<string, object?>
{
    internal ResultMap(SelectionSet selectionSet, ResultNode? parent, int parentIndex, bool isNonNullPosition)
        : base(parent, parentIndex, isNonNullPosition)
    {
        SelectionSet = selectionSet;
        Values = new object?[selectionSet.Selections.Length];
    }

    public SelectionSet SelectionSet { get; }

    internal object?[] Values { get; }

    public int Count => Values.Length;

    public IEnumerable<string> Keys => SelectionSet.Selections.Select(s => s.ResponseName);

    IEnumerable<object?> IReadOnlyDictionary<string, object?>.Values => Values;

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? Values[index] : null;
        return index >= 0;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        var selections = SelectionSet.Selections;
        for (var i = 0; i < selections.Length; i++)
        {
            yield return new KeyValuePair<string, object?>(selections[i].ResponseName, Values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal override object KeyAt(int index) => SelectionSet.Selections[index].ResponseName;

    internal override void SetSlot(int index, object? value) => Values[index] = value;

    private int IndexOf(string key)
    {
        var selections = SelectionSet.Selections;
        for (var i = 0; i < selections.Length; i++)
        {
            if (selections[i].ResponseName == key)
            {
                return i;
            }
        }

        return -1;
    }
}
