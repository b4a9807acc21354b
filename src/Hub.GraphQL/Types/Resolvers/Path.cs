namespace Hub.GraphQL.Types.Resolvers;

/// <summary>The response path of a field: an immutable linked list of keys (graphql-js <c>addPath</c>).</summary>
public sealed class Path
{
    private Path(Path? parent, object key, int depth)
    {
        Parent = parent;
        Key = key;
        Depth = depth;
    }

    /// <summary>The enclosing path, or null at the root.</summary>
    public Path? Parent { get; }

    /// <summary>A response key (<see cref="string"/>) or a list index (<see cref="int"/>).</summary>
    public object Key { get; }

    /// <summary>The number of keys in the path.</summary>
    public int Depth { get; }

    /// <summary>A root path with one key.</summary>
    public static Path Root(string key) => new(null, key, 1);

    /// <summary>Extends <paramref name="parent"/> (null for the root) with a response key.</summary>
    public static Path Append(Path? parent, string key) => new(parent, key, (parent?.Depth ?? 0) + 1);

    /// <summary>Extends <paramref name="parent"/> (null for the root) with a list index.</summary>
    public static Path Append(Path? parent, int index) => new(parent, index, (parent?.Depth ?? 0) + 1);

    /// <summary>Extends this path with a response key.</summary>
    public Path Append(string key) => Append(this, key);

    /// <summary>Extends this path with a list index.</summary>
    public Path Append(int index) => Append(this, index);

    /// <summary>The keys from the root to this path (graphql-js <c>pathToArray</c>).</summary>
    public IReadOnlyList<object> ToList()
    {
        var keys = new object[Depth];
        for (var current = this; current is not null; current = current.Parent)
        {
            keys[current.Depth - 1] = current.Key;
        }

        return keys;
    }

    public override string ToString() => string.Join(".", ToList());
}
