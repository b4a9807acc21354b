using System.Text.RegularExpressions;

namespace Hub.Identity.Policies;

/// <summary>
/// Reads <c>public-clients.yaml</c>: each client's id (lower-case letters, digits and '-'), name, owning agency (one of
/// <c>agencies.yaml</c>), redirect URIs (absolute http(s), no fragment; at least one), post-logout redirect URIs and
/// scopes (of the catalogue), every problem with its file:line:column.
/// </summary>
public static partial class PublicClientsReader
{
    public static List<PublicClientDefinition> Read(PolicyYamlReader reader, string text, IReadOnlySet<string> knownScopes, IReadOnlySet<string> knownAgencies)
    {
        var clients = new List<PublicClientDefinition>();
        if (reader.ReadRootSequence(text, "public-clients") is not { } sequence)
        {
            return clients;
        }

        foreach (var node in sequence)
        {
            if (reader.Mapping(node, "a public client") is not { } mapping)
            {
                continue;
            }

            reader.CheckKeys(mapping, "client-id", "name", "agency", "redirect-uris", "post-logout-redirect-uris", "scopes");
            var clientId = reader.RequiredString(mapping, "client-id");
            var name = reader.RequiredString(mapping, "name");
            var agency = reader.RequiredString(mapping, "agency");
            if (clientId is not null && !ClientId().IsMatch(clientId))
            {
                reader.Error(mapping, $"Client id '{clientId}' must be 2–100 characters of a–z, 0–9 and '-'.");
            }
            else if (clientId is not null && clients.Any(c => c.ClientId == clientId))
            {
                reader.Error(mapping, $"Public client '{clientId}' is listed twice.");
            }

            if (agency is not null && !knownAgencies.Contains(agency))
            {
                reader.Error(mapping, $"Agency '{agency}' is not defined in {PolicySet.AgenciesFile}.");
            }

            var redirectUris = reader.StringList(mapping, "redirect-uris", required: true);
            var postLogoutUris = reader.StringList(mapping, "post-logout-redirect-uris");
            if (redirectUris.Count == 0 && mapping.Children.ContainsKey(new YamlDotNet.RepresentationModel.YamlScalarNode("redirect-uris")))
            {
                reader.Error(mapping, "A public client needs at least one redirect URI.");
            }

            foreach (var (uri, uriNode) in redirectUris.Concat(postLogoutUris).Where(u => !IsRedirectUri(u.Value)))
            {
                reader.Error(uriNode, $"'{uri}' must be an absolute http or https URI without a fragment ({PublicClientDefinition.IssuerPlaceholder} may stand for the hub's issuer).");
            }

            var scopes = reader.StringList(mapping, "scopes");
            foreach (var (scope, scopeNode) in scopes.Where(s => !knownScopes.Contains(s.Value)))
            {
                reader.Error(scopeNode, $"Scope '{scope}' is not defined in {PolicySet.ScopesFile}.");
            }

            if (clientId is not null && name is not null && agency is not null)
            {
                clients.Add(new PublicClientDefinition(clientId, name, agency, [.. redirectUris.Select(u => u.Value)],
                    [.. postLogoutUris.Select(u => u.Value)], [.. scopes.Select(s => s.Value)], (int)mapping.Start.Line));
            }
        }

        return clients;
    }

    private static bool IsRedirectUri(string value)
    {
        var resolved = value.Replace(PublicClientDefinition.IssuerPlaceholder, "http://issuer.invalid", StringComparison.Ordinal);
        return Uri.TryCreate(resolved, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && !resolved.Contains('#');
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,99}$")]
    private static partial Regex ClientId();
}
