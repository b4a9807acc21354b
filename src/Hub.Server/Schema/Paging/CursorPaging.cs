using Hub.GraphQL.Errors;
using Hub.GraphQL.Types.Resolvers;
using Microsoft.EntityFrameworkCore;

namespace Hub.Server.Schema.Paging;

/// <summary>
/// HotChocolate's cursor paging (<c>[UsePaging]</c> with index cursors, forward only: <c>first</c>/<c>after</c>) over an
/// ordered EF Core query: default page size 10, at most 50, the total count, and HotChocolate's paging errors.
/// </summary>
public static class CursorPaging
{
    public const int DefaultPageSize = 10;
    public const int MaxPageSize = 50;

    /// <summary>The page the field's <c>first</c>/<c>after</c> arguments select from <paramref name="ordered"/>.</summary>
    public static async Task<Connection> PageAsync<T>(IResolverContext context, IQueryable<T> ordered)
        where T : notnull
    {
        var offset = Offset(context);
        var size = PageSize(context);
        var total = await ordered.CountAsync(context.RequestAborted);
        var items = await ordered.Skip(offset).Take(size).ToListAsync(context.RequestAborted);
        var edges = items.Select((item, i) => new Edge(IndexCursor.Format(offset + i), item)).ToList();
        var pageInfo = new PageInfo(
            HasNextPage: offset + items.Count < total,
            HasPreviousPage: offset > 0,
            StartCursor: edges.FirstOrDefault()?.Cursor,
            EndCursor: edges.LastOrDefault()?.Cursor);
        return new Connection(pageInfo, edges, items.Cast<object>().ToList(), total);
    }

    private static int Offset(IResolverContext context)
    {
        if (context.ArgumentValue<string?>("after") is not { } after)
        {
            return 0;
        }

        return IndexCursor.Parse(after) is { } index
            ? index + 1
            : throw PagingError(context, "The cursor specified in `after` has an invalid format.", ErrorCodes.Paging.InvalidCursor,
                new Dictionary<string, object?> { ["argument"] = "after", ["cursor"] = after });
    }

    private static int PageSize(IResolverContext context)
    {
        var first = context.ArgumentValue<int?>("first") ?? DefaultPageSize;
        if (first < 0)
        {
            throw PagingError(context, "The requested number of values per page must be at least 0.", ErrorCodes.Paging.MinPaginationItems,
                new Dictionary<string, object?> { ["requestedItems"] = first });
        }

        return first <= MaxPageSize
            ? first
            : throw PagingError(context, "The maximum allowed items per page were exceeded.", ErrorCodes.Paging.MaxPaginationItems,
                new Dictionary<string, object?> { ["requestedItems"] = first, ["maxAllowedItems"] = MaxPageSize });
    }

    private static GraphQLException PagingError(IResolverContext context, string message, string code, Dictionary<string, object?> extensions)
    {
        extensions["code"] = code;
        extensions["coordinate"] = $"{context.ObjectType.Name}.{context.Field.Name}";
        return new GraphQLException([new GraphQLError(message, context.FieldNodes, context.Path.ToList(), extensions: extensions)]);
    }
}
