using Hub.Identity.Validation;
using Microsoft.AspNetCore.Authorization;

namespace Hub.Server.Authorization;

/// <summary>
/// The generated policies behind the scope catalogue: <c>hub:scopes:a b</c> needs an authenticated caller whose token
/// carries any one of the scopes <c>a</c>, <c>b</c> (<c>hub:scopes:</c> alone: nobody).
/// </summary>
public static class ScopePolicies
{
    public const string Prefix = "hub:scopes:";

    /// <summary>The policy name for "any of <paramref name="scopes"/>".</summary>
    public static string NameFor(IEnumerable<string> scopes) => Prefix + string.Join(' ', scopes.Order(StringComparer.Ordinal));

    /// <summary>The policy a generated name stands for, or null when <paramref name="name"/> is not one.</summary>
    public static AuthorizationPolicy? Parse(string name) =>
        name.StartsWith(Prefix, StringComparison.Ordinal)
            ? new AuthorizationPolicyBuilder()
                .RequireAuthenticatedUser()
                .AddRequirements(new ScopeRequirement(name[Prefix.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries)))
                .Build()
            : null;
}
