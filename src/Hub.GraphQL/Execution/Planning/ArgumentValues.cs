namespace Hub.GraphQL.Execution.Planning;

/// <summary>The coerced arguments of one field call (graphql-js <c>args</c>): values in argument definition order.</summary>
public sealed class ArgumentValues
{
    internal static readonly ArgumentValues Empty = new([], [], []);

    private readonly string[] _names;
    private readonly object?[] _values;
    private readonly bool[] _present;

    internal ArgumentValues(string[] names, object?[] values, bool[] present)
    {
        _names = names;
        _values = values;
        _present = present;
    }

    /// <summary>True when the argument was given or has a default (graphql-js: the key exists in <c>args</c>).</summary>
    public bool Has(string name)
    {
        var index = Array.IndexOf(_names, name);
        return index >= 0 && _present[index];
    }

    /// <summary>The coerced value, or null when the argument is absent.</summary>
    public object? Get(string name)
    {
        var index = Array.IndexOf(_names, name);
        return index >= 0 ? _values[index] : null;
    }

    /// <summary>The present arguments as a dictionary in definition order.</summary>
    public IReadOnlyDictionary<string, object?> ToDictionary()
    {
        var map = new OrderedDictionary<string, object?>(StringComparer.Ordinal);
        for (var i = 0; i < _names.Length; i++)
        {
            if (_present[i])
            {
                map[_names[i]] = _values[i];
            }
        }

        return map;
    }
}
