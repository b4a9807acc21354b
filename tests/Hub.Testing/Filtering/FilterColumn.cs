namespace Hub.Testing.Filtering;

/// <summary>How a column is filtered: HotChocolate's operation input it gets.</summary>
public enum FilterColumnKind
{
    String,
    Comparable,
    Boolean,
    Enum,
}

/// <summary>
/// A filterable field of a row type as a test sees it: its GraphQL name, how to read it from a row read back from the
/// database, its kind and how a value is written as a GraphQL literal.
/// </summary>
public sealed record FilterColumn(string Field, Func<object, object?> Read, FilterColumnKind Kind, Func<object, string> Literal);
