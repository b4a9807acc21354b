using Hub.Identity.Validation;
using Microsoft.AspNetCore.Authorization;

namespace Hub.Server.Authorization;

/// <summary>Met when the token carries at least one of <see cref="Scopes"/> (none listed: never met).</summary>
public sealed class AnyScopeRequirement(IReadOnlyList<string> scopes) : AuthorizationHandler<AnyScopeRequirement>, IAuthorizationRequirement
{
    public IReadOnlyList<string> Scopes { get; } = scopes;

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, AnyScopeRequirement requirement)
    {
        if (requirement.Scopes.Any(scope => context.User.HasClaim(HubBearerDefaults.ScopeClaimType, scope)))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
