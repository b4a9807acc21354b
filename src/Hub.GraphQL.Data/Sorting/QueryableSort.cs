using System.Collections;
using System.Linq.Expressions;

namespace Hub.GraphQL.Data.Sorting;

/// <summary>
/// Applies a coerced <c>order</c> value to a query: each element's fields in turn (in the order the sort input declares
/// them; a null field is skipped), the first with <c>OrderBy</c>, the rest with <c>ThenBy</c>, then the stable key
/// ascending so that equal rows keep one order across pages (HotChocolate's <c>AppendStableOrder</c>). An empty
/// <c>order</c> keeps the query's own order.
/// </summary>
internal static class QueryableSort
{
    /// <summary>The sort keys <paramref name="order"/> names, as field uses (<c>ASC</c>/<c>DESC</c>).</summary>
    public static IReadOnlyList<FieldUse> Uses(IEnumerable order) => order
        .Cast<IReadOnlyDictionary<string, object?>>()
        .SelectMany((element, i) => element
            .Where(pair => pair.Value is not null)
            .Select(pair => new FieldUse(pair.Key, (string)pair.Value!, $"order[{i}].{pair.Key}")))
        .ToList();

    /// <summary><paramref name="query"/> ordered by <paramref name="uses"/>, then by the stable key.</summary>
    public static IQueryable<T> Apply<T>(IQueryable<T> query, SortInputType type, IReadOnlyList<FieldUse> uses)
    {
        if (uses.Count == 0)
        {
            return query;
        }

        var expression = query.Expression;
        var keys = uses.Select(use => (Key: type.Fields[use.Field], Descending: use.Operation == "DESC")).ToList();
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
