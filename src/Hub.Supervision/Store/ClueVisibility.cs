using Hub.Privacy;

namespace Hub.Supervision.Store;

/// <summary>The clues a caller may see, under the same <see cref="RowVisibility"/> as its shared rows.</summary>
public static class ClueVisibility
{
    /// <summary>
    /// The clues the caller may see: those of its jurisdiction when it reads region-bound. Clues are the
    /// procuratorate's findings over every provider's rows, so ownership does not narrow them.
    /// </summary>
    public static IQueryable<Clue> CluesOf(this RowVisibility visibility, SupervisionContext store)
    {
        var clues = store.Clues.AsNoTracking();
        if (visibility.Nothing)
        {
            return clues.Where(c => false);
        }

        return visibility.RegionPrefix is { } prefix ? clues.Where(c => c.JurisdictionRegionCode.StartsWith(prefix)) : clues;
    }
}
