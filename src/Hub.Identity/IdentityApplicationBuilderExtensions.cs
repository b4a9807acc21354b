using Hub.Identity.Validation;
using Microsoft.AspNetCore.Builder;

namespace Hub.Identity;

/// <summary>Adds the hub's authentication to the request pipeline.</summary>
public static class IdentityApplicationBuilderExtensions
{
    /// <summary>
    /// ASP.NET Core authentication (the hub's <c>Bearer</c> scheme by default), then the refusal of requests whose bearer
    /// token is invalid (<see cref="InvalidBearerTokenMiddleware"/>). Call it where <c>UseAuthentication</c> would go.
    /// </summary>
    public static IApplicationBuilder UseHubAuthentication(this IApplicationBuilder app) =>
        app.UseAuthentication().UseMiddleware<InvalidBearerTokenMiddleware>();
}
