using System.Linq.Expressions;

namespace Hub.GraphQL.Data.Sorting;

/// <summary>A generated <c>{Type}SortInput</c>: its sortable fields and the key appended last, read from the one row parameter.</summary>
internal sealed record SortInputType(string Name, ParameterExpression Row, IReadOnlyDictionary<string, Expression> Fields, Expression? StableKey);
