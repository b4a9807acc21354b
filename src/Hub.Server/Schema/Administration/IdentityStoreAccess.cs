using Hub.GraphQL.Types.Resolvers;
using Hub.Identity.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.Server.Schema.Administration;

/// <summary>Reads of the identity store for one resolver (a pooled context each, disposed here or by the caller).</summary>
internal static class IdentityStoreAccess
{
    public static Task<IdentityDbContext> IdentityStoreAsync(this IResolverContext context) =>
        context.Services.GetRequiredService<IDbContextFactory<IdentityDbContext>>().CreateDbContextAsync(context.RequestAborted);

    /// <summary>The clients with what the <c>Client</c> type shows: their agency and secret metadata.</summary>
    public static IQueryable<Client> ClientsWithDetails(this IdentityDbContext db) =>
        db.Clients.AsNoTracking().Include(c => c.Agency).Include(c => c.Secrets).AsSplitQuery();

    public static async Task<Agency?> FindAgencyAsync(this IResolverContext context, string code)
    {
        await using var db = await context.IdentityStoreAsync();
        return await db.Agencies.AsNoTracking().FirstOrDefaultAsync(a => a.Code == code, context.RequestAborted);
    }

    public static async Task<Client?> FindClientAsync(this IResolverContext context, string clientId)
    {
        await using var db = await context.IdentityStoreAsync();
        return await db.ClientsWithDetails().FirstOrDefaultAsync(c => c.ClientId == clientId, context.RequestAborted);
    }
}
