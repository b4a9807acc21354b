using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace Hub.GraphQL.Data.Paging;

/// <summary>
/// Cursor paging over an ordered <see cref="IQueryable{T}"/> the way HotChocolate's queryable provider does it: cursors
/// are item indexes, each page is one <c>OFFSET … LIMIT</c> query (one row more than the page, to know whether a
/// next page exists), and the count runs only for <c>last</c> without <c>before</c> or when <c>totalCount</c> is read.
/// </summary>
public static class QueryableCursorPaging
{
    /// <summary>
    /// Reads one page of <paramref name="ordered"/> (which must have a total, stable order). <paramref name="countAsync"/>
    /// counts the whole connection; it may use its own database context, since it can run after this call returns.
    /// </summary>
    public static async Task<Connection<T>> ToConnectionAsync<T>(
        this IQueryable<T> ordered, PagingArguments arguments, Func<Task<int>> countAsync, CancellationToken cancellationToken)
    {
        var totalCount = new Lazy<Task<int>>(countAsync);
        var start = arguments.After + 1 ?? 0;
        var end = arguments.Before;
        if (arguments.First is { } first)
        {
            end = Math.Min(end ?? int.MaxValue, start + first);
        }

        if (arguments.Last is { } last)
        {
            end ??= await totalCount.Value.ConfigureAwait(false);
            start = Math.Max(start, end.Value - last);
        }

        var take = Math.Max(0, (end ?? start) - start);
        var window = ordered.Skip(start).Take(take + 1);
        var rows = window.Provider is IAsyncQueryProvider
            ? await window.ToListAsync(cancellationToken).ConfigureAwait(false)
            : window.ToList();

        var edges = rows.Take(take).Select((row, i) => new Edge<T>(IndexCursor.Format(start + i), row)).ToList();
        var pageInfo = new PageInfo(
            HasNextPage: rows.Count > take,
            HasPreviousPage: start > 0,
            StartCursor: edges.Count > 0 ? edges[0].Cursor : null,
            EndCursor: edges.Count > 0 ? edges[^1].Cursor : null);
        return new Connection<T>(edges, pageInfo, totalCount);
    }

    /// <summary>Counts <paramref name="query"/>, asynchronously when it is an EF Core query.</summary>
    public static async Task<int> CountAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) =>
        query.Provider is IAsyncQueryProvider
            ? await EntityFrameworkQueryableExtensions.CountAsync(query, cancellationToken).ConfigureAwait(false)
            : query.Count();
}
