using System.Collections;

namespace Hub.Testing.Filtering;

/// <summary>
/// Random <c>order</c> arguments (one to three keys) with the order they mean, evaluated in memory: strings ordinal, then
/// the row's id ascending (the stable key). Nulls sort as the database sorts them: PostgreSQL as the largest value,
/// SQLite as the smallest.
/// </summary>
public sealed class RandomOrder(Random random, IReadOnlyList<FilterColumn> columns, Func<object, long> id, bool nullsLargest)
{
    /// <summary>An <c>order</c> list literal and the comparison it means.</summary>
    public (string Literal, Comparison<object> Compare) Next()
    {
        var keys = columns.OrderBy(_ => random.Next()).Take(random.Next(1, 4))
            .Select(column => (Column: column, Descending: random.Next(2) == 0))
            .ToList();
        var literal = "[" + string.Join(", ", keys.Select(k => $"{{ {k.Column.Field}: {(k.Descending ? "DESC" : "ASC")} }}")) + "]";
        return (literal, (a, b) =>
        {
            foreach (var (column, descending) in keys)
            {
                var compared = CompareValues(column.Read(a), column.Read(b));
                if (compared != 0)
                {
                    return descending ? -compared : compared;
                }
            }

            return id(a).CompareTo(id(b));
        }
        );
    }

    private int CompareValues(object? a, object? b) => (a, b) switch
    {
        (null, null) => 0,
        (null, _) => nullsLargest ? 1 : -1,
        (_, null) => nullsLargest ? -1 : 1,
        (string x, string y) => string.CompareOrdinal(x, y),
        _ => ((IComparer)Comparer<object>.Default).Compare(a, b),
    };
}
