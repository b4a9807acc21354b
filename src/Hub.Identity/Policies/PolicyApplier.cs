using Hub.Identity.Administration;
using Hub.Identity.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hub.Identity.Policies;

/// <summary>
/// Brings the identity store in line with the policy files, idempotently: missing scopes and agencies are created,
/// changed descriptions and agency details updated, public clients registered or brought in line (<c>{issuer}</c> in
/// their URIs resolved), and a second run changes nothing. Nothing is deleted.
/// </summary>
public sealed class PolicyApplier(
    IdentityAdministration administration, IDbContextFactory<IdentityDbContext> contextFactory, IOptions<HubIdentityOptions> options)
{
    /// <summary>Applies <paramref name="policies"/>; returns how many scopes and agencies were created or changed.</summary>
    public async Task<PolicyApplication> ApplyAsync(PolicySet policies, string actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var scopes = await db.Scopes.AsNoTracking().ToDictionaryAsync(s => s.Name, s => s.Description, cancellationToken);
        var agencies = await db.Agencies.AsNoTracking().ToDictionaryAsync(a => a.Code, cancellationToken);
        var scopesChanged = 0;
        var agenciesChanged = 0;

        foreach (var scope in policies.Scopes.Where(s => !scopes.TryGetValue(s.Name, out var d) || d != s.Description))
        {
            await administration.DefineScopeAsync(scope.Name, scope.Description, actor, cancellationToken);
            scopesChanged++;
        }

        foreach (var agency in policies.Agencies)
        {
            if (!agencies.ContainsKey(agency.Code))
            {
                await administration.CreateAgencyAsync(agency.Code, agency.Name, agency.Kind, agency.RegionCode, actor, cancellationToken);
                agenciesChanged++;
            }
            else if (await administration.UpdateAgencyAsync(agency.Code, agency.Name, agency.Kind, agency.RegionCode, actor, cancellationToken))
            {
                agenciesChanged++;
            }
        }

        var publicClientsChanged = 0;
        var issuer = options.Value.Issuer.TrimEnd('/');
        foreach (var client in policies.PublicClients)
        {
            if (await administration.RegisterPublicClientAsync(client.ClientId, client.Agency, client.Name, Resolve(client.RedirectUris, issuer),
                    Resolve(client.PostLogoutRedirectUris, issuer), client.Scopes, actor, cancellationToken))
            {
                publicClientsChanged++;
            }
        }

        return new PolicyApplication(scopesChanged, agenciesChanged, publicClientsChanged);
    }

    private static List<string> Resolve(IEnumerable<string> uris, string issuer) =>
        [.. uris.Select(u => u.Replace(PublicClientDefinition.IssuerPlaceholder, issuer, StringComparison.Ordinal))];
}
