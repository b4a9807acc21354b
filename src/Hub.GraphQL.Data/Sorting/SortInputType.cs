using System.Linq.Expressions;

namespace Hub.GraphQL.Data.Sorting;

/// <summary>A generated <c>{Type}SortInput</c>: its sortable fields and the key appended last, read from the one row parameter.</summary>
internal sealed record SortInputType(string Name, ParameterExpression Row, IReadOnlyDictionary<string, SortField> Fields, Expression? StableKey);

/// <summary>A sortable field: a leaf key, or a navigation whose own sort input (<see cref="Nested"/>) names the key.</summary>
internal sealed record SortField(Expression Member, SortInputType? Nested);
