using Hub.GraphQL.Data.Paging;
using Hub.GraphQL.Types.Resolvers;
using Hub.Identity.Storage;

namespace Hub.Server.Schema.Administration;

/// <summary>Cursor paging (HotChocolate's defaults) over a query of the identity store.</summary>
internal static class IdentityStorePaging
{
    /// <summary>
    /// One page of <paramref name="query"/> (which must be totally ordered) as the field's <c>first</c>/<c>after</c>/
    /// <c>last</c>/<c>before</c> select it; the total count, read later if at all, opens a context of its own.
    /// </summary>
    public static async Task<Connection<T>> PageAsync<T>(this IResolverContext context, Func<IdentityDbContext, IQueryable<T>> query)
    {
        await using var db = await context.IdentityStoreAsync();
        return await query(db).ToConnectionAsync(PagingArguments.From(context, PagingOptions.Default), async () =>
        {
            await using var countContext = await context.IdentityStoreAsync();
            return await QueryableCursorPaging.CountAsync(query(countContext), context.RequestAborted);
        }, context.RequestAborted);
    }
}
