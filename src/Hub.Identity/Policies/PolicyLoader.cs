using System.Text.RegularExpressions;
using Hub.Data.Keys;
using Hub.Identity.Tokens;
using YamlDotNet.RepresentationModel;

namespace Hub.Identity.Policies;

/// <summary>
/// Loads and validates <c>scopes.yaml</c> (the scope catalogue: each scope's grants of types, fields and masking) and
/// <c>agencies.yaml</c> (the bootstrap agencies) and the optional <c>public-clients.yaml</c>. Every error names file:line:column; nothing is applied if any exists.
/// </summary>
public static partial class PolicyLoader
{
    public static async Task<PolicySet> LoadAsync(string folder, CancellationToken cancellationToken = default)
    {
        var errors = new List<PolicyError>();
        var scopesPath = Path.Combine(folder, PolicySet.ScopesFile);
        var agenciesPath = Path.Combine(folder, PolicySet.AgenciesFile);
        var scopes = ReadScopes(new PolicyYamlReader(scopesPath, errors), await ReadTextAsync(scopesPath, errors, cancellationToken));
        var knownScopes = scopes.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        var agencies = ReadAgencies(new PolicyYamlReader(agenciesPath, errors), await ReadTextAsync(agenciesPath, errors, cancellationToken), knownScopes);
        var publicClientsPath = Path.Combine(folder, PolicySet.PublicClientsFile);
        var publicClients = File.Exists(publicClientsPath)
            ? PublicClientsReader.Read(new PolicyYamlReader(publicClientsPath, errors), await File.ReadAllTextAsync(publicClientsPath, cancellationToken),
                knownScopes, agencies.Select(a => a.Code).ToHashSet(StringComparer.Ordinal))
            : [];
        return errors.Count > 0 ? throw new PolicyValidationException(errors) : new PolicySet(scopes, agencies) { PublicClients = publicClients };
    }

    private static async Task<string?> ReadTextAsync(string path, List<PolicyError> errors, CancellationToken cancellationToken)
    {
        if (File.Exists(path))
        {
            return await File.ReadAllTextAsync(path, cancellationToken);
        }

        errors.Add(new PolicyError(path, 1, 1, "The file does not exist."));
        return null;
    }

    private static List<ScopeDefinition> ReadScopes(PolicyYamlReader reader, string? text)
    {
        var scopes = new List<ScopeDefinition>();
        if (text is null || reader.ReadRootSequence(text, "scopes") is not { } sequence)
        {
            return scopes;
        }

        foreach (var node in sequence)
        {
            if (reader.Mapping(node, "a scope") is not { } mapping)
            {
                continue;
            }

            reader.CheckKeys(mapping, "name", "description", "region-bound", "grants");
            var name = reader.RequiredString(mapping, "name");
            var description = reader.RequiredString(mapping, "description");
            if (name is not null && !ScopeSyntax.IsScopeToken(name))
            {
                reader.Error(mapping, $"Scope name '{name}' is not a valid scope token (no spaces, quotes or backslashes).");
            }
            else if (name is not null && scopes.Any(s => s.Name == name))
            {
                reader.Error(mapping, $"Scope '{name}' is defined twice.");
            }

            var grants = reader.Sequence(mapping, "grants").Select(g => ReadGrant(reader, g)).OfType<ScopeGrant>().ToList();
            if (name is not null && description is not null)
            {
                scopes.Add(new ScopeDefinition(name, description, grants, (int)mapping.Start.Line) { RegionBound = reader.OptionalBoolean(mapping, "region-bound") });
            }
        }

        return scopes;
    }

    private static ScopeGrant? ReadGrant(PolicyYamlReader reader, YamlNode node)
    {
        if (reader.Mapping(node, "a grant") is not { } mapping)
        {
            return null;
        }

        reader.CheckKeys(mapping, "type", "fields", "masked");
        var type = reader.RequiredString(mapping, "type");
        if (type is not null && !GraphQLName().IsMatch(type))
        {
            reader.Error(mapping, $"'{type}' is not a GraphQL type name.");
        }

        var fields = reader.StringList(mapping, "fields", required: true);
        foreach (var (field, fieldNode) in fields.Where(f => f.Value != "*" && !GraphQLName().IsMatch(f.Value)))
        {
            reader.Error(fieldNode, $"'{field}' is not a GraphQL field name (or '*').");
        }

        var masked = reader.StringList(mapping, "masked");
        var allFields = fields.Any(f => f.Value == "*");
        foreach (var (field, fieldNode) in masked.Where(m => !allFields && fields.All(f => f.Value != m.Value)))
        {
            reader.Error(fieldNode, $"Masked field '{field}' is not among the granted fields.");
        }

        return type is null ? null : new ScopeGrant(type, fields.Select(f => f.Value).ToList(), masked.Select(m => m.Value).ToList(), (int)mapping.Start.Line)
        {
            Column = (int)mapping.Start.Column,
            FieldLocations = fields.Concat(masked).DistinctBy(f => f.Value)
                .ToDictionary(f => f.Value, f => ((int)f.Node.Start.Line, (int)f.Node.Start.Column), StringComparer.Ordinal),
        };
    }

    private static List<AgencyDefinition> ReadAgencies(PolicyYamlReader reader, string? text, HashSet<string> knownScopes)
    {
        var agencies = new List<AgencyDefinition>();
        var clientIds = new HashSet<string>(StringComparer.Ordinal);
        if (text is null || reader.ReadRootSequence(text, "agencies") is not { } sequence)
        {
            return agencies;
        }

        foreach (var node in sequence)
        {
            if (reader.Mapping(node, "an agency") is not { } mapping)
            {
                continue;
            }

            reader.CheckKeys(mapping, "code", "name", "kind", "region", "scopes", "clients");
            var code = reader.RequiredString(mapping, "code");
            var name = reader.RequiredString(mapping, "name");
            var kind = reader.RequiredString(mapping, "kind");
            var region = reader.RequiredString(mapping, "region");
            if (code is not null && !AgencyCode().IsMatch(code))
            {
                reader.Error(mapping, $"Agency code '{code}' must be 2–64 characters of A–Z, 0–9 and '-'.");
            }
            else if (code is not null && agencies.Any(a => a.Code == code))
            {
                reader.Error(mapping, $"Agency '{code}' is listed twice.");
            }

            if (kind is not null && Administration.AgencyKinds.Problem(kind) is { } kindProblem)
            {
                reader.Error(mapping, kindProblem);
            }

            if (region is not null && !RegionCode().IsMatch(region))
            {
                reader.Error(mapping, $"Region '{region}' must be a six-digit administrative-division code (quote it: \"330700\").");
            }
            else if (region is not null && !AdministrativeRegion.IsKnown(region))
            {
                reader.Error(mapping, $"Region '{region}' is not in the hub's GB/T 2260 list ({AdministrativeRegion.ListFile}).");
            }

            var scopes = KnownScopes(reader, mapping, knownScopes);
            var clients = reader.Sequence(mapping, "clients").Select(c => ReadClient(reader, c, knownScopes, clientIds)).OfType<ClientDefinition>().ToList();
            if (code is not null && name is not null && kind is not null && region is not null)
            {
                agencies.Add(new AgencyDefinition(code, name, kind, region, scopes, (int)mapping.Start.Line) { Clients = clients });
            }
        }

        return agencies;
    }

    private static ClientDefinition? ReadClient(PolicyYamlReader reader, YamlNode node, HashSet<string> knownScopes, HashSet<string> clientIds)
    {
        if (reader.Mapping(node, "a client") is not { } mapping)
        {
            return null;
        }

        reader.CheckKeys(mapping, "id", "name", "scopes");
        var id = reader.RequiredString(mapping, "id");
        var name = reader.RequiredString(mapping, "name");
        if (id is not null && !clientIds.Add(id))
        {
            reader.Error(mapping, $"Client '{id}' is listed twice.");
        }

        var scopes = KnownScopes(reader, mapping, knownScopes);
        return id is null || name is null ? null : new ClientDefinition(id, name, scopes, (int)mapping.Start.Line);
    }

    private static List<string> KnownScopes(PolicyYamlReader reader, YamlMappingNode mapping, HashSet<string> knownScopes)
    {
        var scopes = reader.StringList(mapping, "scopes");
        foreach (var (scope, scopeNode) in scopes.Where(s => !knownScopes.Contains(s.Value)))
        {
            reader.Error(scopeNode, $"Scope '{scope}' is not defined in {PolicySet.ScopesFile}.");
        }

        return [.. scopes.Select(s => s.Value)];
    }

    [GeneratedRegex("^[_A-Za-z][_0-9A-Za-z]*$")]
    private static partial Regex GraphQLName();

    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]{1,63}$")]
    private static partial Regex AgencyCode();

    [GeneratedRegex("^[0-9]{6}$")]
    private static partial Regex RegionCode();
}
