using Hub.Data;
using Hub.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace Hub.Privacy;

/// <summary>
/// Which shared rows and clues one caller may see (DOMAIN.md §6.2-1), applied to every query of them (lists and their
/// <c>totalCount</c>, lookups, links, DataLoaders), so a path added later that starts from <see cref="Of{T}"/> (or, for
/// clues and runs, <c>ClueVisibility.CluesOf</c> and <c>RunsOf</c>) inherits it: never a sealed row; with a region-bound scope only rows whose region lies in
/// <see cref="RegionPrefix"/>; for a provider only the rows it delivered (<see cref="Owner"/>).
/// </summary>
/// <param name="RegionPrefix">The GB/T 2260 prefix a row's region must start with; null: any region.</param>
/// <param name="Owner">The agency whose deliveries alone are visible; null: every provider's.</param>
/// <param name="Nothing">True when the caller's token does not say who it is well enough to see any row.</param>
public sealed record RowVisibility(string? RegionPrefix, string? Owner, bool Nothing = false)
{
    /// <summary>The rows of data set <typeparamref name="T"/> the caller may see.</summary>
    public IQueryable<T> Of<T>(HubDataContext db)
        where T : SharedRecord
    {
        var rows = db.Set<T>().AsNoTracking().Where(r => !r.Sealed);
        if (Nothing)
        {
            return rows.Where(r => false);
        }

        if (RegionPrefix is { } prefix)
        {
            rows = rows.Where(r => r.RegionCode.StartsWith(prefix));
        }

        if (Owner is { } owner)
        {
            rows = rows.Where(r => r.SourceAgency == owner);
        }

        return rows;
    }
}
