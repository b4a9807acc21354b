using Hub.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Hub.Supervision.Store;

/// <summary>The clues and model runs a caller may see, under the same <see cref="RowVisibility"/> as its shared rows.</summary>
public static class ClueVisibility
{
    /// <summary>
    /// The clues the caller may see, with their evidence: those of its jurisdiction when it reads region-bound; for a
    /// provider only the clues that cite its rows, listing only the evidence it delivered (another provider's
    /// references are not its business).
    /// </summary>
    public static IQueryable<Clue> CluesOf(this RowVisibility visibility, SupervisionContext store)
    {
        var clues = store.Clues.AsNoTracking();
        if (visibility.Nothing)
        {
            return clues.Where(c => false);
        }

        if (visibility.RegionPrefix is { } prefix)
        {
            clues = clues.Where(c => c.JurisdictionRegionCode.StartsWith(prefix));
        }

        return visibility.Owner is { } owner
            ? clues.Where(c => c.Evidence.Any(e => e.SourceAgency == owner)).Include(c => c.Evidence.Where(e => e.SourceAgency == owner))
            : clues.Include(c => c.Evidence);
    }

    /// <summary>The model runs the caller may see: those of its jurisdiction when it reads region-bound.</summary>
    public static IQueryable<ModelRun> RunsOf(this RowVisibility visibility, SupervisionContext store)
    {
        var runs = store.Runs.AsNoTracking();
        if (visibility.Nothing)
        {
            return runs.Where(r => false);
        }

        return visibility.RegionPrefix is { } prefix ? runs.Where(r => r.RegionCode.StartsWith(prefix)) : runs;
    }
}
