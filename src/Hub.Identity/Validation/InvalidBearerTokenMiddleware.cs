using Microsoft.AspNetCore.Authentication;

namespace Hub.Identity.Validation;

/// <summary>
/// Answers a request whose bearer token fails validation (malformed, forged, expired, revoked, for another audience)
/// with 401 <c>error="invalid_token"</c> before any endpoint runs: RFC 6750 §3.1 and RFC 9068 §4 make a failed check an
/// error, and serving the request as anonymous instead would hide an expired or revoked token from its client behind
/// authorization errors. A request without a token goes on as anonymous, so public fields stay reachable. The
/// authorization server's own endpoints never get here: OpenIddict answers them inside the authentication middleware.
/// </summary>
public sealed class InvalidBearerTokenMiddleware(RequestDelegate next)
{
    /// <summary>Challenges a request whose bearer token failed, or passes it on.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        // The handler's result is cached for the request, so this does not validate the token a second time.
        var result = await context.AuthenticateAsync(HubBearerDefaults.AuthenticationScheme);
        if (result.Failure is not null)
        {
            await context.ChallengeAsync(HubBearerDefaults.AuthenticationScheme);
            return;
        }

        await next(context);
    }
}
