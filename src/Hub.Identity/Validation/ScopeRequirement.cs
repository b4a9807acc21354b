using Hub.Identity.Tokens;
using Microsoft.AspNetCore.Authorization;

namespace Hub.Identity.Validation;

/// <summary>
/// The one scope requirement of the hub: met when the access token was granted at least one of <see cref="Scopes"/>
/// (none listed: never met). A policy that needs several scopes holds one requirement per scope.
/// </summary>
public sealed class ScopeRequirement(IReadOnlyList<string> scopes) : AuthorizationHandler<ScopeRequirement>, IAuthorizationRequirement
{
    public IReadOnlyList<string> Scopes { get; } = scopes;

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ScopeRequirement requirement)
    {
        if (requirement.Scopes.Any(scope => context.User.HasClaim(AccessTokenClaims.Scope, scope)))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
