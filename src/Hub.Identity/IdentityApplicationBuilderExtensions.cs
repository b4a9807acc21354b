using Hub.Identity.RateLimiting;
using Hub.Identity.Validation;
using Microsoft.AspNetCore.Builder;

namespace Hub.Identity;

/// <summary>Adds the hub's authentication to the request pipeline.</summary>
public static class IdentityApplicationBuilderExtensions
{
    /// <summary>
    /// The token endpoint's abuse limits (<see cref="TokenRateLimits"/>), ASP.NET Core authentication (the hub's
    /// <c>Bearer</c> scheme by default), then the refusal of requests whose bearer token is invalid
    /// (<see cref="InvalidBearerTokenMiddleware"/>). Call it where <c>UseAuthentication</c> would go.
    /// </summary>
    public static IApplicationBuilder UseHubAuthentication(this IApplicationBuilder app) =>
        app.UseTokenRateLimits().UseAuthentication().UseMiddleware<InvalidBearerTokenMiddleware>();
}
