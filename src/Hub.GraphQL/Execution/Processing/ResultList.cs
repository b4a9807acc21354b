using System.Collections;

namespace Hub.GraphQL.Execution.Processing;

/// <summary>A response list; items are completed values, <see cref="ResultMap"/>s or nested lists.</summary>
public sealed class ResultList : ResultNode, IReadOnlyList<object?>
{
    private object?[] _items;

    internal ResultList(int capacity, ResultNode? parent, int parentIndex, bool isNonNullPosition)
        : base(parent, parentIndex, isNonNullPosition)
    {
        _items = capacity == 0 ? [] : new object?[capacity];
    }

    public int Count { get; private set; }

    public object? this[int index]
        => (uint)index < (uint)Count ? _items[index] : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<object?> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return _items[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal void Add(object? value)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, Math.Max(4, _items.Length * 2));
        }

        _items[Count++] = value;
    }

    internal override object KeyAt(int index) => index;

    internal override void SetSlot(int index, object? value) => _items[index] = value;
}
