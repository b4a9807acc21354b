namespace Hub.GraphQL.Types;

/// <summary>A set of named types that remembers insertion order; removal then re-adding moves a type to the end, as in a JavaScript <c>Set</c>.</summary>
internal sealed class OrderedSet
{
    private readonly OrderedDictionary<NamedType, bool> _items = new(ReferenceEqualityComparer.Instance);

    public IEnumerable<NamedType> Items => _items.Keys;

    public bool Add(NamedType type) => _items.TryAdd(type, true);

    public void Remove(NamedType type) => _items.Remove(type);
}
