using System.Linq.Expressions;

namespace Hub.GraphQL.Data.Filtering;

/// <summary>A generated <c>{Type}FilterInput</c>: its name and filterable fields, each read from the one row parameter.</summary>
internal sealed record FilterInputType(string Name, ParameterExpression Row, IReadOnlyDictionary<string, FilterField> Fields);

/// <summary>
/// A field of a filter input: what it reads from the row and its input type. A nested object or list of objects has
/// the filter input of its type (<see cref="Nested"/>); a list of leaves has the filter of one element (<see cref="Element"/>).
/// </summary>
internal sealed record FilterField(string Name, Expression Member, FilterKind Kind, string OperationType, string LeafType)
{
    /// <summary>The filter input of the nested object or of the list's elements.</summary>
    public FilterInputType? Nested { get; init; }

    /// <summary>The leaf filter of one element of a list of leaves, over <see cref="ElementParameter"/>.</summary>
    public FilterField? Element { get; init; }

    /// <summary>The element a list of leaves' <see cref="Element"/> reads.</summary>
    public ParameterExpression? ElementParameter { get; init; }
}
