using Microsoft.AspNetCore.Authorization;

namespace Hub.Identity.Validation;

/// <summary>Builds authorization policies from scopes.</summary>
public static class ScopePolicyExtensions
{
    /// <summary>Requires an authenticated hub client whose token carries every one of <paramref name="scopes"/>.</summary>
    public static AuthorizationPolicyBuilder RequireScope(this AuthorizationPolicyBuilder builder, params string[] scopes)
    {
        builder.AddAuthenticationSchemes(HubBearerDefaults.AuthenticationScheme).RequireAuthenticatedUser();
        foreach (var scope in scopes)
        {
            builder.AddRequirements(new ScopeRequirement([scope]));
        }

        return builder;
    }
}
