using System.Collections;
using System.Linq.Expressions;

namespace Hub.GraphQL.Data.Sorting;

/// <summary>
/// Applies a coerced <c>order</c> value to a query: each element's fields in turn (in the order the sort input declares
/// them; a null field is skipped; a navigation's keys read through it, a join), the first with <c>OrderBy</c>, the rest with <c>ThenBy</c>, then the stable key
/// ascending so that equal rows keep one order across pages (HotChocolate's <c>AppendStableOrder</c>). An empty
/// <c>order</c> keeps the query's own order.
/// </summary>
internal static class QueryableSort
{
    /// <summary>The sort keys <paramref name="order"/> names, as field uses (<c>ASC</c>/<c>DESC</c>); a nested key by its path (<c>author.name</c>).</summary>
    public static IReadOnlyList<FieldUse> Uses(IEnumerable order) => order
        .Cast<IReadOnlyDictionary<string, object?>>()
        .SelectMany((element, i) => Keys(element, "", $"order[{i}]"))
        .ToList();

    private static IEnumerable<FieldUse> Keys(IReadOnlyDictionary<string, object?> element, string prefix, string path) => element
        .Where(pair => pair.Value is not null)
        .SelectMany(pair => pair.Value is IReadOnlyDictionary<string, object?> nested
            ? Keys(nested, $"{prefix}{pair.Key}.", $"{path}.{pair.Key}")
            : [new FieldUse(prefix + pair.Key, (string)pair.Value!, $"{path}.{pair.Key}")]);

    /// <summary>The key <paramref name="field"/> (a path through navigations) reads, over <paramref name="type"/>'s row.</summary>
    private static Expression Key(SortInputType type, string field)
    {
        var dot = field.IndexOf('.', StringComparison.Ordinal);
        var sortField = type.Fields[dot < 0 ? field : field[..dot]];
        return dot < 0
            ? sortField.Member
            : RowFields.Substitute(Key(sortField.Nested!, field[(dot + 1)..]), sortField.Nested!.Row, sortField.Member);
    }

    /// <summary><paramref name="query"/> ordered by <paramref name="uses"/>, then by the stable key.</summary>
    public static IQueryable<T> Apply<T>(IQueryable<T> query, SortInputType type, IReadOnlyList<FieldUse> uses)
    {
        if (uses.Count == 0)
        {
            return query;
        }

        var expression = query.Expression;
        var keys = uses.Select(use => (Key: Key(type, use.Field), Descending: use.Operation == "DESC")).ToList();
        if (type.StableKey is { } stable)
        {
            keys.Add((stable, false));
        }

        for (var i = 0; i < keys.Count; i++)
        {
            var method = (i == 0 ? "OrderBy" : "ThenBy") + (keys[i].Descending ? "Descending" : "");
            var selector = Expression.Lambda(keys[i].Key, type.Row);
            expression = Expression.Call(typeof(Queryable), method, [typeof(T), keys[i].Key.Type], expression, Expression.Quote(selector));
        }

        return query.Provider.CreateQuery<T>(expression);
    }
}
