using System.Text;
using Hub.Identity.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.Identity.Policies;

/// <summary>
/// Writes the identity store back as policy files (<c>hub policies export</c>), so agencies added through the API or
/// the command line reach them. The store holds scopes by name and description, agencies and clients; a scope's
/// grants and <c>region-bound</c>, and an agency's bootstrap <c>scopes</c>, live only in the files and are carried
/// over from the files the export reads. Each agency's clients are listed under it (<see cref="ClientDefinition"/>):
/// id, name and scopes, never a secret or key.
/// </summary>
public sealed class PolicyExport(IDbContextFactory<IdentityDbContext> contextFactory)
{
    /// <summary>Writes <c>scopes.yaml</c> and <c>agencies.yaml</c> into <paramref name="folder"/> (created if missing).</summary>
    public async Task ExportAsync(PolicySet current, string folder, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var scopes = await db.Scopes.AsNoTracking().ToListAsync(cancellationToken);
        // Public clients belong to public-clients.yaml, which export leaves as it is.
        var agencies = await db.Agencies.AsNoTracking().Include(a => a.Clients.Where(c => c.ClientType != ClientTypes.Public)).ToListAsync(cancellationToken);
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, PolicySet.ScopesFile), Scopes(current, scopes), cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(folder, PolicySet.AgenciesFile), Agencies(current, agencies), cancellationToken);
    }

    private static string Scopes(PolicySet current, IReadOnlyList<Scope> stored)
    {
        var text = new StringBuilder()
            .AppendLine("# The scope catalogue as the hub's database holds it (`hub policies export`): names and descriptions from the")
            .AppendLine("# database; grants and region-bound, which only the policy files hold, from the files the export read.")
            .AppendLine("scopes:");
        foreach (var scope in stored.OrderBy(s => Position(current.Scopes.Select(d => d.Name), s.Name)).ThenBy(s => s.Name, StringComparer.Ordinal))
        {
            var definition = current.Scopes.FirstOrDefault(d => d.Name == scope.Name);
            text.AppendLine($"  - name: {YamlText.Scalar(scope.Name)}")
                .AppendLine($"    description: {YamlText.Scalar(scope.Description)}");
            if (definition is null)
            {
                text.AppendLine("    # Not defined in the policy files: it grants nothing until grants are written here.")
                    .AppendLine("    grants: []");
                continue;
            }

            if (definition.RegionBound)
            {
                text.AppendLine("    region-bound: true");
            }

            text.AppendLine(definition.Grants.Count == 0 ? "    grants: []" : "    grants:");
            foreach (var grant in definition.Grants)
            {
                text.AppendLine($"      - type: {YamlText.Scalar(grant.TypeName)}")
                    .AppendLine($"        fields: {YamlText.List(grant.Fields)}");
                if (grant.Masked.Count > 0)
                {
                    text.AppendLine($"        masked: {YamlText.List(grant.Masked)}");
                }
            }
        }

        return text.ToString();
    }

    private static string Agencies(PolicySet current, IReadOnlyList<Agency> stored)
    {
        var text = new StringBuilder()
            .AppendLine("# The agency directory as the hub's database holds it (`hub policies export`). `scopes` (what a bootstrap client")
            .AppendLine("# of the agency receives) comes from the policy files the export read, empty for an agency they lack. `clients`")
            .AppendLine("# are the agency's registered clients (id, name, scopes; never a secret): `policies diff` compares them, `policies")
            .AppendLine("# apply` does not create or change clients (`hub client create`, `hub client scope grant|revoke` do).")
            .AppendLine("agencies:");
        foreach (var agency in stored.OrderBy(a => Position(current.Agencies.Select(d => d.Code), a.Code)).ThenBy(a => a.Code, StringComparer.Ordinal))
        {
            var bootstrap = current.Agencies.FirstOrDefault(d => d.Code == agency.Code)?.Scopes ?? [];
            text.AppendLine($"  - code: {YamlText.Scalar(agency.Code)}")
                .AppendLine($"    name: {YamlText.Scalar(agency.Name)}")
                .AppendLine($"    kind: {YamlText.Scalar(agency.Kind)}")
                .AppendLine($"    region: {YamlText.Quoted(agency.RegionCode)}");
            if (agency.Suspended)
            {
                text.AppendLine("    # suspended (apply does not suspend or reinstate: use `hub agency suspend|reinstate`)");
            }

            text.AppendLine($"    scopes: {YamlText.List(bootstrap)}");
            if (agency.Clients.Count > 0)
            {
                text.AppendLine("    clients:");
            }

            foreach (var client in agency.Clients.OrderBy(c => c.ClientId, StringComparer.Ordinal))
            {
                text.AppendLine($"      - id: {YamlText.Scalar(client.ClientId)}")
                    .AppendLine($"        name: {YamlText.Scalar(client.DisplayName)}");
                if (client.Disabled)
                {
                    text.AppendLine("        # disabled (apply does not disable or enable: use `hub client disable|enable`)");
                }

                text.AppendLine($"        scopes: {YamlText.List(PolicyComparison.StoredScopes(client))}");
            }
        }

        return text.ToString();
    }

    // The files' order first (a diff of the exported file against them stays small), then the rest by name.
    private static int Position(IEnumerable<string> order, string name) => order.TakeWhile(n => n != name).Count();
}
