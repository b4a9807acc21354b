using Hub.Data.Hosting;
using Hub.Identity.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.Server.Cli;

/// <summary>The agency directory <c>hub data import</c> checks rows against: every agency's code and region, from the identity store.</summary>
internal static class ImportDirectory
{
    /// <summary>Agency code → region; an empty directory is an error, since every row would be refused.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> LoadAsync(HubDatabase database, CancellationToken cancellationToken)
    {
        await using var db = new IdentityDbContext(new DbContextOptionsBuilder<IdentityDbContext>().UseHubDatabase(database.Options).Options);
        var agencies = await db.Agencies.AsNoTracking().ToDictionaryAsync(a => a.Code, a => a.RegionCode, StringComparer.Ordinal, cancellationToken);
        return agencies.Count > 0
            ? agencies
            : throw new InvalidDataException("The agency directory is empty, so no row can name its agency: run `hub policies apply` (or start the hub once) first.");
    }
}
