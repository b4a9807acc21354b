namespace Hub.Identity.Policies;

/// <summary>One scope of <c>policies/scopes.yaml</c>: its name, description and grants.</summary>
public sealed record ScopeDefinition(string Name, string Description, IReadOnlyList<ScopeGrant> Grants, int Line)
{
    /// <summary>
    /// Whether the rows the scope opens are limited to the caller's jurisdiction: its agency's region and the regions
    /// inside it (<c>region-bound: true</c>).
    /// </summary>
    public bool RegionBound { get; init; }
}
