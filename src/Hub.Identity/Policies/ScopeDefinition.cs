namespace Hub.Identity.Policies;

/// <summary>One scope of <c>policies/scopes.yaml</c>: its name, description and grants.</summary>
public sealed record ScopeDefinition(string Name, string Description, IReadOnlyList<ScopeGrant> Grants, int Line);
