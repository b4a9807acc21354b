using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Hub.Identity.Validation;

/// <summary>
/// Names the missing scope in the 403 challenge (RFC 6750 §3: <c>scope="…"</c>) when a <see cref="ScopeRequirement"/>
/// failed; otherwise behaves as ASP.NET Core's default.
/// </summary>
public sealed class ScopeAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        var missing = authorizeResult.AuthorizationFailure?.FailedRequirements.OfType<ScopeRequirement>().SelectMany(r => r.Scopes).ToList();
        if (!authorizeResult.Forbidden || missing is not { Count: > 0 })
        {
            return _default.HandleAsync(next, context, policy, authorizeResult);
        }

        var properties = new AuthenticationProperties();
        properties.Items[HubBearerDefaults.RequiredScopeProperty] = string.Join(' ', missing);
        return context.ForbidAsync(HubBearerDefaults.AuthenticationScheme, properties);
    }
}
