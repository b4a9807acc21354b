namespace Hub.Identity.Policies;

/// <summary>One agency of <c>policies/agencies.yaml</c>, with the scopes its bootstrap (demo) client receives.</summary>
public sealed record AgencyDefinition(string Code, string Name, string Kind, string RegionCode, IReadOnlyList<string> Scopes, int Line)
{
    /// <summary>The agency's clients the file lists (<c>clients:</c>); none when it lists none.</summary>
    public IReadOnlyList<ClientDefinition> Clients { get; init; } = [];
}
