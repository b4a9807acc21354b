namespace Hub.Identity.Policies;

/// <summary>The validated contents of <c>policies/scopes.yaml</c>, <c>policies/agencies.yaml</c> and <c>policies/public-clients.yaml</c>.</summary>
public sealed record PolicySet(IReadOnlyList<ScopeDefinition> Scopes, IReadOnlyList<AgencyDefinition> Agencies)
{
    public const string ScopesFile = "scopes.yaml";
    public const string AgenciesFile = "agencies.yaml";

    /// <summary>The optional file of public clients (browser tools people sign in to).</summary>
    public const string PublicClientsFile = "public-clients.yaml";

    public IReadOnlyList<PublicClientDefinition> PublicClients { get; init; } = [];

    /// <summary>Finds the policies folder: the configured one, or the first <c>policies/</c> at or above <paramref name="start"/>.</summary>
    public static string LocateFolder(string? configured, string start)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured, start);
        }

        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "policies");
            if (File.Exists(Path.Combine(candidate, ScopesFile)))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException(
            $"No policies/{ScopesFile} found at or above {start}; set Identity:PoliciesFolder to the policies folder.");
    }
}
