using Hub.GraphQL.Types.Resolvers;
using Hub.Identity.Storage;

namespace Hub.Server.Schema.Administration;

/// <summary>A query of the identity store for a paged field: its context lives until the operation ends, since <c>totalCount</c> reads it later.</summary>
internal static class IdentityStoreQuery
{
    /// <summary><paramref name="query"/> over a context of its own, disposed once the operation has executed.</summary>
    public static async ValueTask<IQueryable<T>> QueryIdentityStoreAsync<T>(this IResolverContext context, Func<IdentityDbContext, IQueryable<T>> query)
    {
        var db = await context.IdentityStoreAsync();
        context.RegisterForCleanup(db.DisposeAsync);
        return query(db);
    }
}
