using Hub.Identity.Audit;
using Hub.Identity.Storage;
using Hub.Identity.Tokens;
using Microsoft.EntityFrameworkCore;

namespace Hub.Identity.Administration;

public sealed partial class IdentityAdministration
{
    /// <summary>
    /// Creates the public client <paramref name="clientId"/> (no secret: a browser tool people sign in to with the
    /// authorization code flow and PKCE), or brings its name, agency, redirect URIs and scopes in line; returns whether
    /// anything changed. Its id is the well-known one the tool is built with, not a generated one: it proves nothing.
    /// </summary>
    public async Task<bool> RegisterPublicClientAsync(
        string clientId, string agencyCode, string displayName, IReadOnlyList<string> redirectUris, IReadOnlyList<string> postLogoutRedirectUris,
        IReadOnlyCollection<string> scopes, string actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var agency = await FindAgencyAsync(db, agencyCode, cancellationToken);
        await RequireScopesAsync(db, scopes, cancellationToken);
        List<string> permissions = [.. ClientPermissions.PublicDefaults, .. scopes.Distinct().Select(ClientPermissions.ForScope)];
        var client = await db.Clients.FirstOrDefaultAsync(c => c.ClientId == clientId, cancellationToken);
        if (client is not null && !client.IsPublic)
        {
            throw new IdentityAdministrationException(AdministrationProblem.InvalidClientSettings, clientId,
                $"Client '{clientId}' exists as a confidential client; a public client needs another id.");
        }

        if (client is null)
        {
            client = new Client
            {
                Id = Guid.NewGuid(),
                ClientId = clientId,
                DisplayName = displayName,
                ClientType = ClientTypes.Public,
                CreatedAt = time.GetUtcNow(),
            };
            db.Clients.Add(client);
        }
        else if (client.AgencyId == agency.Id && client.DisplayName == displayName && client.RedirectUris.SequenceEqual(redirectUris)
                 && client.PostLogoutRedirectUris.SequenceEqual(postLogoutRedirectUris) && client.Permissions.SequenceEqual(permissions))
        {
            return false;
        }

        var created = db.Entry(client).State == EntityState.Added;
        client.AgencyId = agency.Id;
        client.DisplayName = displayName;
        client.RedirectUris = [.. redirectUris];
        client.PostLogoutRedirectUris = [.. postLogoutRedirectUris];
        client.Permissions = permissions;
        audit.Append(db, created ? AuditActions.ClientCreated : AuditActions.ClientUpdated, actor, clientId,
            new { agency = agency.Code, scopes, method = "none", redirect_uris = redirectUris, post_logout_redirect_uris = postLogoutRedirectUris });
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
