using System.Collections.Concurrent;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Hub.Server.Authorization;

/// <summary>ASP.NET Core's policy provider plus the generated scope policies (<see cref="ScopePolicies"/>), built once per name.</summary>
public sealed class ScopePolicyProvider(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
{
    private readonly ConcurrentDictionary<string, Task<AuthorizationPolicy?>> _generated = new(StringComparer.Ordinal);

    public override Task<AuthorizationPolicy?> GetPolicyAsync(string policyName) =>
        policyName.StartsWith(ScopePolicies.Prefix, StringComparison.Ordinal)
            ? _generated.GetOrAdd(policyName, name => Task.FromResult(ScopePolicies.Parse(name)))
            : base.GetPolicyAsync(policyName);
}
