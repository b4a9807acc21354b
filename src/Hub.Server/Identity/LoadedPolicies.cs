using Hub.Identity;
using Hub.Identity.Policies;
using Microsoft.Extensions.Options;

namespace Hub.Server.Identity;

/// <summary>
/// The policy files (<c>scopes.yaml</c>, <c>agencies.yaml</c>) as this process read them, once at start: the field
/// guards of the served schema, masking, row visibility and the bootstrap that applies them to the identity store all
/// take this one copy, so they can never follow two versions of <c>scopes.yaml</c>. A bad file stops the start with
/// file:line errors.
/// </summary>
public sealed record LoadedPolicies(PolicySet Policies, string Folder)
{
    /// <summary>The path of <c>scopes.yaml</c>, for errors about it.</summary>
    public string ScopesFile => Path.Combine(Folder, PolicySet.ScopesFile);

    /// <summary>Reads the configured policies folder (<c>Identity:PoliciesFolder</c>).</summary>
    public static LoadedPolicies Load(IServiceProvider services)
    {
        var folder = services.GetRequiredService<IOptions<HubIdentityOptions>>().Value.PoliciesFolder!;
        return new LoadedPolicies(PolicyLoader.LoadAsync(folder).GetAwaiter().GetResult(), folder);
    }
}
