using Hub.Identity.Storage;
using Hub.Identity.Tokens;
using Microsoft.EntityFrameworkCore;

namespace Hub.Identity.Policies;

/// <summary>
/// Compares the identity store with the policy files (<c>hub policies diff</c>): the scopes and agencies that
/// <c>hub policies apply</c> would create or update, and those only the store holds, which apply never deletes; and
/// the clients, by id, whose agency, name or scopes differ from the files' <c>clients:</c> lists, or that only one side holds.
/// </summary>
public sealed class PolicyComparison(IDbContextFactory<IdentityDbContext> contextFactory)
{
    /// <summary>Every difference, scopes first, each group by name.</summary>
    public async Task<IReadOnlyList<PolicyDifference>> CompareAsync(PolicySet policies, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var scopes = await db.Scopes.AsNoTracking().ToDictionaryAsync(s => s.Name, s => s.Description, StringComparer.Ordinal, cancellationToken);
        var agencies = await db.Agencies.AsNoTracking().ToDictionaryAsync(a => a.Code, StringComparer.Ordinal, cancellationToken);
        // Public clients are declared in public-clients.yaml (which apply writes), not among an agency's clients: left out here.
        var clients = await db.Clients.AsNoTracking().Include(c => c.Agency).Where(c => c.ClientType != ClientTypes.Public).ToListAsync(cancellationToken);
        var differences = new List<PolicyDifference>();

        foreach (var scope in policies.Scopes)
        {
            if (!scopes.TryGetValue(scope.Name, out var description))
            {
                differences.Add(new("scope", scope.Name, PolicyChange.Create, Quoted(scope.Description)));
            }
            else if (description != scope.Description)
            {
                differences.Add(new("scope", scope.Name, PolicyChange.Update, $"description {Quoted(description)} → {Quoted(scope.Description)}"));
            }
        }

        var defined = policies.Scopes.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        differences.AddRange(scopes.Where(s => !defined.Contains(s.Key))
            .Select(s => new PolicyDifference("scope", s.Key, PolicyChange.OnlyInStore, Quoted(s.Value))));

        foreach (var agency in policies.Agencies)
        {
            if (!agencies.TryGetValue(agency.Code, out var stored))
            {
                differences.Add(new("agency", agency.Code, PolicyChange.Create, $"{Quoted(agency.Name)}, {agency.Kind}, region {agency.RegionCode}"));
                continue;
            }

            var changes = new List<string>();
            Compare(changes, "name", stored.Name, agency.Name, quote: true);
            Compare(changes, "kind", stored.Kind, agency.Kind, quote: false);
            Compare(changes, "region", stored.RegionCode, agency.RegionCode, quote: false);
            if (changes.Count > 0)
            {
                differences.Add(new("agency", agency.Code, PolicyChange.Update, string.Join(", ", changes)));
            }
        }

        var listed = policies.Agencies.Select(a => a.Code).ToHashSet(StringComparer.Ordinal);
        differences.AddRange(agencies.Values.Where(a => !listed.Contains(a.Code))
            .Select(a => new PolicyDifference("agency", a.Code, PolicyChange.OnlyInStore, $"{Quoted(a.Name)}, {a.Kind}, region {a.RegionCode}")));

        differences.AddRange(CompareClients(policies, clients));
        return differences
            .OrderBy(d => Array.IndexOf(Subjects, d.Subject)).ThenBy(d => d.Change).ThenBy(d => d.Name, StringComparer.Ordinal)
            .ToList();
    }

    private static readonly string[] Subjects = ["scope", "agency", "client"];

    private static IEnumerable<PolicyDifference> CompareClients(PolicySet policies, IReadOnlyList<Client> stored)
    {
        var listed = policies.Agencies.SelectMany(a => a.Clients.Select(c => (Agency: a.Code, Client: c))).ToDictionary(c => c.Client.ClientId, StringComparer.Ordinal);
        foreach (var client in stored)
        {
            var scopes = StoredScopes(client);
            if (!listed.Remove(client.ClientId, out var file))
            {
                yield return new("client", client.ClientId, PolicyChange.OnlyInStore, Describe(client.Agency.Code, client.DisplayName, scopes));
                continue;
            }

            var changes = new List<string>();
            Compare(changes, "agency", client.Agency.Code, file.Agency, quote: false);
            Compare(changes, "name", client.DisplayName, file.Client.Name, quote: true);
            Compare(changes, "scopes", YamlText.List(scopes), YamlText.List(file.Client.Scopes.Distinct().Order(StringComparer.Ordinal)), quote: false);
            if (changes.Count > 0)
            {
                yield return new("client", client.ClientId, PolicyChange.ClientDiffers, string.Join(", ", changes));
            }
        }

        foreach (var (agency, client) in listed.Values)
        {
            yield return new("client", client.ClientId, PolicyChange.OnlyInFiles, Describe(agency, client.Name, client.Scopes.Distinct().Order(StringComparer.Ordinal)));
        }
    }

    /// <summary>The scopes a stored client holds, in name order, as the files list them.</summary>
    public static IReadOnlyList<string> StoredScopes(Client client) => [.. ClientPermissions.Scopes(client.Permissions).Order(StringComparer.Ordinal)];

    private static string Describe(string agency, string name, IEnumerable<string> scopes) => $"agency {agency}, {Quoted(name)}, {YamlText.List(scopes)}";

    private static void Compare(List<string> changes, string field, string stored, string file, bool quote)
    {
        if (stored != file)
        {
            changes.Add(quote ? $"{field} {Quoted(stored)} → {Quoted(file)}" : $"{field} {stored} → {file}");
        }
    }

    private static string Quoted(string text) => $"\"{text}\"";
}
