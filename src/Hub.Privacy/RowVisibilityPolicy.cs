using Hub.Data.Keys;

namespace Hub.Privacy;

/// <summary>
/// Decides a caller's <see cref="RowVisibility"/> from its access token and the scope catalogue
/// (<c>policies/scopes.yaml</c>, through <see cref="IScopeRules"/>). Jurisdiction: holding any <c>region-bound</c>
/// scope limits every shared read to the token's region and its subdivisions (the stricter rule wins when scopes differ). Ownership: a procuratorate
/// supervises every provider of its region; any other agency sees only the rows it delivered.
/// </summary>
public sealed class RowVisibilityPolicy(IScopeRules rules)
{
    /// <summary>The agency kind that reads other providers' rows.</summary>
    public const string SupervisingKind = "procuratorate";

    /// <summary>The rows <paramref name="caller"/> may see.</summary>
    public RowVisibility For(Caller caller)
    {
        var (agency, region) = (caller.Agency, caller.Region);
        var bound = caller.Scopes.Any(rules.IsRegionBound);
        if (agency is null || (bound && !AdministrativeRegion.IsCode(region)))
        {
            return new RowVisibility(null, null, Nothing: true);
        }

        var supervising = caller.AgencyKind == SupervisingKind;
        return new RowVisibility(bound ? AdministrativeRegion.Prefix(region!) : null, supervising ? null : agency);
    }
}
