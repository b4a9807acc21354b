using System.Security.Claims;
using Hub.Identity.Tokens;
using Hub.Identity.Users;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Hub.Identity.SignIn;

/// <summary>
/// The principal OpenIddict turns into a person's code, tokens and ID token: <c>sub</c> = the user's id, <c>name</c>,
/// the agency's code, kind and region (as a client's token carries them), the granted scopes and the audience.
/// </summary>
public static class UserPrincipal
{
    public static ClaimsPrincipal Create(HubUser user, IEnumerable<string> scopes, string audience)
    {
        var identity = new ClaimsIdentity(authenticationType: "hub", nameType: Claims.Name, roleType: Claims.Role);
        identity.SetClaim(Claims.Subject, user.Id.ToString())
            .SetClaim(Claims.Name, user.UserName);
        var principal = new ClaimsPrincipal(identity).SetScopes(scopes).SetResources(audience);
        return WithAgency(principal, user);
    }

    /// <summary>Sets the agency claims from <paramref name="user"/>'s agency as it is now, and where each claim goes.</summary>
    public static ClaimsPrincipal WithAgency(ClaimsPrincipal principal, HubUser user)
    {
        principal.SetClaim(AccessTokenClaims.Agency, user.Agency.Code)
            .SetClaim(AccessTokenClaims.AgencyKind, user.Agency.Kind)
            .SetClaim(AccessTokenClaims.Region, user.Agency.RegionCode);
        principal.SetDestinations(claim => claim.Type is Claims.Subject or Claims.Name
            ? [Destinations.AccessToken, Destinations.IdentityToken]
            : [Destinations.AccessToken]);
        return principal;
    }

    /// <summary>
    /// What a person's token may carry: the scopes asked for that the client allows and the agency holds, in the
    /// order asked, plus <c>openid</c> and <c>offline_access</c> when asked.
    /// </summary>
    public static IReadOnlyList<string> Scopes(IEnumerable<string> requested, IReadOnlySet<string> clientAllows, IReadOnlySet<string> agencyHolds) =>
        [.. requested.Where(s => AuthorizationRequestValidation.ProtocolScopes.Contains(s) || (clientAllows.Contains(s) && agencyHolds.Contains(s)))
            .Distinct(StringComparer.Ordinal)];
}
