using Hub.Identity.RateLimiting;
using Hub.Identity.Server;
using Hub.Identity.Validation;
using Microsoft.AspNetCore.Builder;

namespace Hub.Identity;

/// <summary>Adds the hub's authorization server and authentication to the request pipeline.</summary>
public static class IdentityApplicationBuilderExtensions
{
    /// <summary>
    /// The token endpoint's abuse limits (<see cref="TokenRateLimits"/>), then ASP.NET Core authentication, in which
    /// OpenIddict answers the authorization server's endpoints (guarded by <see cref="AuthorizationServerGuard"/>) and
    /// the hub's <c>Bearer</c> scheme authenticates every other request, then the refusal of requests whose bearer token
    /// is invalid (<see cref="InvalidBearerTokenMiddleware"/>). Call it where <c>UseAuthentication</c> would go.
    /// </summary>
    public static IApplicationBuilder UseHubAuthentication(this IApplicationBuilder app) =>
        app.UseTokenRateLimits().UseMiddleware<AuthorizationServerGuard>().UseAuthentication().UseMiddleware<InvalidBearerTokenMiddleware>();
}
