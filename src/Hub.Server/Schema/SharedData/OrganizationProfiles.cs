using Hub.Data;
using Hub.Data.Model.Administrative;
using Microsoft.EntityFrameworkCore;

namespace Hub.Server.Schema.SharedData;

/// <summary>Loads organisations with their most recently stored market-entity registration the caller may see, two queries per batch.</summary>
public static class OrganizationProfiles
{
    /// <summary>The known organisations among <paramref name="usccs"/>, by code.</summary>
    public static async Task<IReadOnlyDictionary<string, OrganizationProfile>> LoadAsync(
        HubDataContext db, RowVisibility visibility, IReadOnlyCollection<string> usccs, CancellationToken cancellationToken)
    {
        var organizations = await db.Organizations.AsNoTracking().Where(o => usccs.Contains(o.Uscc)).ToListAsync(cancellationToken);
        var registrations = await visibility.Of<MarketEntity>(db)
            .Where(m => usccs.Contains(m.Uscc))
            .ToListAsync(cancellationToken);
        var latest = registrations.GroupBy(m => m.Uscc, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.MaxBy(m => m.Id), StringComparer.Ordinal);
        return organizations.ToDictionary(o => o.Uscc, o => new OrganizationProfile(o, latest.GetValueOrDefault(o.Uscc)), StringComparer.Ordinal);
    }
}
