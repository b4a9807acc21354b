using System.Security.Claims;
using Hub.Data.Keys;
using Hub.Identity.Policies;
using Hub.Identity.Tokens;

namespace Hub.Privacy;

/// <summary>
/// Decides a caller's <see cref="RowVisibility"/> from its access token and the scope catalogue
/// (<c>policies/scopes.yaml</c>). Jurisdiction: holding any <c>region-bound</c> scope limits every shared read to the
/// token's region and its subdivisions (the stricter rule wins when scopes differ). Ownership: a procuratorate
/// supervises every provider of its region; any other agency sees only the rows it delivered.
/// </summary>
public sealed class RowVisibilityPolicy(Func<Task<PolicySet>> loadPolicies)
{
    /// <summary>The agency kind that reads other providers' rows.</summary>
    public const string SupervisingKind = "procuratorate";

    private readonly Lazy<Task<IReadOnlySet<string>>> _regionBound = new(async () =>
        (await loadPolicies()).Scopes.Where(s => s.RegionBound).Select(s => s.Name).ToHashSet(StringComparer.Ordinal));

    /// <summary>The rows <paramref name="caller"/> may see.</summary>
    public async Task<RowVisibility> ForAsync(ClaimsPrincipal caller)
    {
        var regionBound = await _regionBound.Value;
        var agency = caller.FindFirst(AccessTokenClaims.Agency)?.Value;
        var region = caller.FindFirst(AccessTokenClaims.Region)?.Value;
        var bound = caller.FindAll(AccessTokenClaims.Scope).Any(c => regionBound.Contains(c.Value));
        if (agency is null || (bound && !AdministrativeRegion.IsCode(region)))
        {
            return new RowVisibility(null, null, Nothing: true);
        }

        var supervising = caller.FindFirst(AccessTokenClaims.AgencyKind)?.Value == SupervisingKind;
        return new RowVisibility(bound ? AdministrativeRegion.Prefix(region!) : null, supervising ? null : agency);
    }
}
