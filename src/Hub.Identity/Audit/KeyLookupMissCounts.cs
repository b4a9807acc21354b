using Hub.Identity.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.Identity.Audit;

/// <summary>
/// Key lookups that found nothing, per client and clock hour, counted in the identity store so that every hub process
/// on the database adds to the same count: one upsert per miss, nothing for a lookup that finds its row.
/// </summary>
public sealed class KeyLookupMissCounts(IDbContextFactory<IdentityDbContext> contextFactory)
{
    private DateTimeOffset _prunedBefore = DateTimeOffset.MinValue;

    /// <summary>Counts one miss of <paramref name="clientId"/> in <paramref name="hour"/>; returns the client's misses that hour in every process.</summary>
    public async Task<int> AddAsync(string clientId, DateTimeOffset hour, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (hour > _prunedBefore)
        {
            // Past hours count for nothing: the first miss of an hour in this process removes them.
            _prunedBefore = hour;
            await db.KeyLookupMisses.Where(m => m.Hour < hour).ExecuteDeleteAsync(cancellationToken);
        }

        var upsert = CountUpsert.For(db, [new KeyLookupMisses { ClientId = clientId, Hour = hour, Misses = 1 }], nameof(KeyLookupMisses.Misses), returnSum: true);
        var sums = await db.Database.SqlQueryRaw<int>(upsert.Sql, [.. upsert.Parameters]).ToListAsync(cancellationToken);
        return sums[0];
    }
}
