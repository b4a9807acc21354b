using Hub.Server.Identity;

namespace Hub.Server.Privacy;

/// <summary>The privacy rules' view of the scope catalogue, over the policies loaded at start.</summary>
public sealed class CatalogueScopeRules(LoadedPolicies loaded) : IScopeRules
{
    private readonly IReadOnlySet<string> _regionBound =
        loaded.Policies.Scopes.Where(s => s.RegionBound).Select(s => s.Name).ToHashSet(StringComparer.Ordinal);

    public bool GrantsInFull(IReadOnlySet<string> scopes, PersonalField field) => loaded.Policies.Scopes
        .Where(s => scopes.Contains(s.Name))
        .SelectMany(s => s.Grants)
        .Any(g => g.TypeName == field.TypeName && g.AllowsField(field.FieldName) && !g.Masks(field.FieldName));

    public bool IsRegionBound(string scope) => _regionBound.Contains(scope);
}
