using System.Security.Claims;
using Hub.GraphQL.Authorization;
using Hub.GraphQL.Types.Resolvers;
using Hub.Identity.Tokens;

namespace Hub.Server.Privacy;

/// <summary>Reads the <see cref="Caller"/> the privacy rules judge from an access token's claims.</summary>
public static class CallerClaims
{
    /// <summary>The caller <paramref name="principal"/>'s claims describe.</summary>
    public static Caller AsCaller(this ClaimsPrincipal principal) => new(
        principal.FindFirst(AccessTokenClaims.ClientId)?.Value,
        principal.FindFirst(AccessTokenClaims.Agency)?.Value,
        principal.FindFirst(AccessTokenClaims.AgencyKind)?.Value,
        principal.FindFirst(AccessTokenClaims.Region)?.Value,
        principal.FindAll(AccessTokenClaims.Scope).Select(c => c.Value).ToHashSet(StringComparer.Ordinal));

    private const string RequestKey = "Hub.Caller";

    /// <summary>
    /// The caller of the field being resolved, read from the claims once per request: every list, link, DataLoader
    /// batch and guard of a request asks for it.
    /// </summary>
    public static Caller Caller(this IResolverContext context) => context.RequestValue(RequestKey, static request => request.GetUser().AsCaller());
}
