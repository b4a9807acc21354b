using System.Security.Claims;

namespace Hub.GraphQL.Tests.Authorization;

/// <summary>Principals the authorization tests run as.</summary>
internal static class Callers
{
    public static ClaimsPrincipal Anonymous { get; } = new(new ClaimsIdentity());

    /// <summary>An authenticated caller with the given roles and <c>scope</c> claims.</summary>
    public static ClaimsPrincipal With(string[]? roles = null, string[]? scopes = null) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Name, "agency-client"),
            .. (roles ?? []).Select(r => new Claim(ClaimTypes.Role, r)),
            .. (scopes ?? []).Select(s => new Claim("scope", s)),
        ],
        authenticationType: "test"));
}
