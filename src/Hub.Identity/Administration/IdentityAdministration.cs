using System.Linq.Expressions;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Hub.Data.Keys;
using Hub.Identity.Audit;
using Hub.Identity.ClientAuthentication;
using Hub.Identity.Storage;
using Hub.Identity.Tokens;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;

namespace Hub.Identity.Administration;

/// <summary>
/// The admin operations on agencies, clients, secrets and scopes, shared by the GraphQL admin API and the CLI. Each
/// change is saved together with its audit record.
/// </summary>
public sealed partial class IdentityAdministration(
    IDbContextFactory<IdentityDbContext> contextFactory,
    AuditTrail audit,
    RevokedTokenList revokedTokens,
    TimeProvider time)
{
    /// <summary>The shortest secret an admin may set by hand.</summary>
    public const int MinimumSecretLength = 32;

    public async Task<Scope> DefineScopeAsync(string name, string description, string actor, CancellationToken cancellationToken = default)
    {
        if (!ScopeSyntax.IsScopeToken(name))
        {
            throw new IdentityAdministrationException(AdministrationProblem.UnknownScope, name, $"Scope name '{name}' is not a valid scope token (RFC 6749 section 3.3).");
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var scope = await db.Scopes.FirstOrDefaultAsync(s => s.Name == name, cancellationToken);
        if (scope is not null && scope.Description == description)
        {
            return scope;
        }

        if (scope is null)
        {
            scope = new Scope { Id = Guid.NewGuid(), Name = name, Description = description };
            db.Scopes.Add(scope);
        }
        else
        {
            scope.Description = description;
        }

        audit.Append(db, AuditActions.ScopeDefined, actor, name, new { description });
        await db.SaveChangesAsync(cancellationToken);
        return scope;
    }

    public async Task<Agency> CreateAgencyAsync(
        string code, string name, string kind, string regionCode, string actor, CancellationToken cancellationToken = default)
    {
        ValidateAgency(code, name, kind, regionCode);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Agencies.AnyAsync(a => a.Code == code, cancellationToken))
        {
            throw new IdentityAdministrationException(AdministrationProblem.DuplicateAgency, code, $"Agency '{code}' already exists.");
        }

        var agency = new Agency { Id = Guid.NewGuid(), Code = code, Name = name, Kind = kind, RegionCode = regionCode, CreatedAt = time.GetUtcNow() };
        db.Agencies.Add(agency);
        audit.Append(db, AuditActions.AgencyCreated, actor, code, new { name, kind, region = regionCode });
        await db.SaveChangesAsync(cancellationToken);
        return agency;
    }

    /// <summary>Changes name, kind or region of an agency; null leaves a value as it is. Returns whether anything changed.</summary>
    public async Task<bool> UpdateAgencyAsync(
        string code, string? name, string? kind, string? regionCode, string actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var agency = await FindAgencyAsync(db, code, cancellationToken);
        ValidateAgency(code, name ?? agency.Name, kind ?? agency.Kind, regionCode ?? agency.RegionCode);
        var changed = (name ?? agency.Name) != agency.Name || (kind ?? agency.Kind) != agency.Kind ||
            (regionCode ?? agency.RegionCode) != agency.RegionCode;
        if (!changed)
        {
            return false;
        }

        agency.Name = name ?? agency.Name;
        agency.Kind = kind ?? agency.Kind;
        agency.RegionCode = regionCode ?? agency.RegionCode;
        audit.Append(db, AuditActions.AgencyUpdated, actor, code, new { name, kind, region = regionCode });
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// Suspends an agency (its clients can no longer authenticate and their live tokens are revoked at once) or
    /// reinstates it.
    /// </summary>
    public async Task SetSuspendedAsync(string code, bool suspended, string actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var agency = await FindAgencyAsync(db, code, cancellationToken);
        if (agency.Suspended == suspended)
        {
            return;
        }

        agency.Suspended = suspended;
        if (!suspended)
        {
            audit.Append(db, AuditActions.AgencyReinstated, actor, code, new { });
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        var revoked = await MarkLiveTokensRevokedAsync(db, t => t.AgencyCode == code, _ => true, cancellationToken);
        audit.Append(db, AuditActions.AgencySuspended, actor, code, new { revoked_tokens = revoked.Count });
        await SaveAndPublishAsync(db, revoked, cancellationToken);
    }

    /// <summary>
    /// Disables a client (it can no longer authenticate and its live tokens are revoked in the same transaction) or
    /// enables it again. Returns how many tokens were revoked.
    /// </summary>
    public async Task<int> SetClientDisabledAsync(string clientId, bool disabled, string actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var client = await FindClientAsync(db, clientId, cancellationToken);
        if (client.Disabled == disabled)
        {
            return 0;
        }

        client.Disabled = disabled;
        if (!disabled)
        {
            audit.Append(db, AuditActions.ClientEnabled, actor, clientId, new { });
            await db.SaveChangesAsync(cancellationToken);
            return 0;
        }

        var revoked = await MarkLiveTokensRevokedAsync(db, t => t.ClientId == client.ClientId, _ => true, cancellationToken);
        audit.Append(db, AuditActions.ClientDisabled, actor, clientId, new { revoked_tokens = revoked.Count });
        await SaveAndPublishAsync(db, revoked, cancellationToken);
        return revoked.Count;
    }

    /// <summary>
    /// Revokes every live access token of the client at once (<c>hub client revoke-tokens</c>); other replicas see it
    /// within <see cref="HubIdentityOptions.RevocationRefreshInterval"/>. Returns how many tokens were revoked.
    /// </summary>
    public async Task<int> RevokeTokensAsync(string clientId, string actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var client = await FindClientAsync(db, clientId, cancellationToken);
        var revoked = await MarkLiveTokensRevokedAsync(db, t => t.ClientId == client.ClientId, _ => true, cancellationToken);
        audit.Append(db, AuditActions.TokensRevoked, actor, clientId, new { count = revoked.Count });
        await SaveAndPublishAsync(db, revoked, cancellationToken);
        return revoked.Count;
    }

    /// <summary>
    /// Registers a client of an agency with a server-generated client_id. Without a JWKS it gets a generated secret
    /// (returned once); with a JWKS it authenticates with <c>private_key_jwt</c>.
    /// </summary>
    public async Task<ClientRegistration> CreateClientAsync(
        string agencyCode, string displayName, IReadOnlyCollection<string> scopes, string actor,
        string? jsonWebKeySet = null, int? accessTokenLifetimeSeconds = null, DateTimeOffset? secretExpiresAt = null,
        CancellationToken cancellationToken = default)
    {
        if (jsonWebKeySet is not null)
        {
            ClientJwksPolicy.Validate(jsonWebKeySet);
        }

        if (accessTokenLifetimeSeconds is <= 0)
        {
            throw new IdentityAdministrationException(AdministrationProblem.InvalidClientSettings, "accessTokenLifetimeSeconds", "The access-token lifetime must be a positive number of seconds.");
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var agency = await FindAgencyAsync(db, agencyCode, cancellationToken);
        await RequireScopesAsync(db, scopes, cancellationToken);
        var now = time.GetUtcNow();
        var client = new Client
        {
            Id = Guid.NewGuid(),
            ClientId = $"{agency.Code.ToLowerInvariant()}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))}",
            AgencyId = agency.Id,
            DisplayName = displayName,
            Permissions = [.. ClientPermissions.Defaults, .. scopes.Distinct().Select(ClientPermissions.ForScope)],
            JsonWebKeySet = jsonWebKeySet,
            AccessTokenLifetimeSeconds = accessTokenLifetimeSeconds,
            CreatedAt = now,
        };
        string? secret = null;
        if (jsonWebKeySet is null)
        {
            secret = NewSecret();
            client.Secrets.Add(new ClientSecret { Id = Guid.NewGuid(), Hash = ClientSecretHasher.Hash(secret), CreatedAt = now, ExpiresAt = secretExpiresAt });
        }

        db.Clients.Add(client);
        audit.Append(db, AuditActions.ClientCreated, actor, client.ClientId,
            new { agency = agency.Code, scopes, method = secret is null ? "private_key_jwt" : "client_secret", lifetime = accessTokenLifetimeSeconds });
        await db.SaveChangesAsync(cancellationToken);
        return new ClientRegistration(client.ClientId, secret);
    }

    /// <summary>Adds a secret (generated unless <paramref name="presetSecret"/> is given) and returns it this once.</summary>
    public async Task<string> AddSecretAsync(
        string clientId, DateTimeOffset? expiresAt, string actor, string? presetSecret = null, CancellationToken cancellationToken = default)
    {
        if (presetSecret is { Length: < MinimumSecretLength })
        {
            throw new IdentityAdministrationException(AdministrationProblem.SecretTooShort, clientId, $"A client secret must have at least {MinimumSecretLength} characters.");
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var client = await FindClientAsync(db, clientId, cancellationToken);
        var secret = presetSecret ?? NewSecret();
        db.ClientSecrets.Add(new ClientSecret { Id = Guid.NewGuid(), ClientId = client.Id, Hash = ClientSecretHasher.Hash(secret), CreatedAt = time.GetUtcNow(), ExpiresAt = expiresAt });
        audit.Append(db, AuditActions.SecretAdded, actor, clientId, new { expires_at = expiresAt });
        await db.SaveChangesAsync(cancellationToken);
        return secret;
    }

    /// <summary>Adds a new secret and lets every older secret expire after <paramref name="overlap"/>.</summary>
    public async Task<string> RotateSecretAsync(
        string clientId, TimeSpan overlap, DateTimeOffset? newSecretExpiresAt, string actor, CancellationToken cancellationToken = default)
    {
        if (overlap < TimeSpan.Zero)
        {
            throw new IdentityAdministrationException(AdministrationProblem.InvalidClientSettings, "overlap",
                $"The overlap of a secret rotation of client '{clientId}' cannot be negative ({overlap}).");
        }

        await ExpireSecretsAsync(clientId, time.GetUtcNow() + overlap, actor, cancellationToken);
        return await AddSecretAsync(clientId, newSecretExpiresAt, actor, cancellationToken: cancellationToken);
    }

    /// <summary>
    /// Makes every secret of the client expire at <paramref name="at"/> (or earlier if already due); when that is now or
    /// past, the tokens the secrets got are revoked too.
    /// </summary>
    public async Task ExpireSecretsAsync(string clientId, DateTimeOffset at, string actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var client = await FindClientAsync(db, clientId, cancellationToken);
        var secrets = await db.ClientSecrets.Where(s => s.ClientId == client.Id).ToListAsync(cancellationToken);
        foreach (var secret in secrets.Where(s => s.ExpiresAt is null || s.ExpiresAt > at))
        {
            secret.ExpiresAt = at;
        }

        var revoked = at <= time.GetUtcNow()
            ? await MarkLiveTokensRevokedAsync(db, t => t.ClientId == client.ClientId, _ => true, cancellationToken)
            : [];
        audit.Append(db, AuditActions.SecretsExpired, actor, clientId, new { at, count = secrets.Count, revoked_tokens = revoked.Count });
        await SaveAndPublishAsync(db, revoked, cancellationToken);
    }

    public Task GrantScopeAsync(string clientId, string scope, string actor, CancellationToken cancellationToken = default) =>
        ChangeScopeAsync(clientId, scope, grant: true, actor, cancellationToken);

    public Task RevokeScopeAsync(string clientId, string scope, string actor, CancellationToken cancellationToken = default) =>
        ChangeScopeAsync(clientId, scope, grant: false, actor, cancellationToken);

    public async Task<IReadOnlyList<AuditRecord>> ListAuditAsync(int limit, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.AuditRecords.AsNoTracking().OrderByDescending(a => a.Id).Take(limit).ToListAsync(cancellationToken);
    }

    private async Task ChangeScopeAsync(string clientId, string scope, bool grant, string actor, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var client = await FindClientAsync(db, clientId, cancellationToken);
        var permission = ClientPermissions.ForScope(scope);
        if (grant)
        {
            await RequireScopesAsync(db, [scope], cancellationToken);
        }

        if (client.Permissions.Contains(permission) == grant)
        {
            return;
        }

        client.Permissions = grant ? [.. client.Permissions, permission] : client.Permissions.Where(p => p != permission).ToList();
        if (grant)
        {
            audit.Append(db, AuditActions.ScopeGranted, actor, clientId, new { scope });
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        var revoked = await MarkLiveTokensRevokedAsync(
            db, t => t.ClientId == client.ClientId, t => t.Scope.Split(' ').Contains(scope), cancellationToken);
        audit.Append(db, AuditActions.ScopeRevoked, actor, clientId, new { scope, revoked_tokens = revoked.Count });
        await SaveAndPublishAsync(db, revoked, cancellationToken);
    }

    /// <summary>Marks the unexpired, unrevoked tokens matching both filters (the second one runs in memory) as revoked now.</summary>
    private async Task<List<string>> MarkLiveTokensRevokedAsync(
        IdentityDbContext db, Expression<Func<IssuedToken, bool>> whose, Func<IssuedToken, bool> affected, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var live = await db.IssuedTokens.Where(whose).Where(t => t.RevokedAt == null && t.ExpiresAt > now).ToListAsync(cancellationToken);
        var revoked = live.Where(affected).ToList();
        foreach (var token in revoked)
        {
            token.RevokedAt = now;
        }

        return revoked.Select(t => t.TokenId).ToList();
    }

    /// <summary>Commits the change with its revocations, then applies them on this replica without waiting for a refresh.</summary>
    private async Task SaveAndPublishAsync(IdentityDbContext db, List<string> revokedTokenIds, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        revokedTokens.Add(revokedTokenIds);
    }

    private static async Task RequireScopesAsync(IdentityDbContext db, IReadOnlyCollection<string> scopes, CancellationToken cancellationToken)
    {
        var names = scopes.ToList();
        var known = await db.Scopes.Where(s => names.Contains(s.Name)).Select(s => s.Name).ToListAsync(cancellationToken);
        var unknown = names.Except(known).ToList();
        if (unknown.Count > 0)
        {
            throw new IdentityAdministrationException(AdministrationProblem.UnknownScope, string.Join(' ', unknown), $"Unknown scope(s): {string.Join(", ", unknown)}; define them in policies/scopes.yaml first.");
        }
    }

    private static async Task<Agency> FindAgencyAsync(IdentityDbContext db, string code, CancellationToken cancellationToken) =>
        await db.Agencies.FirstOrDefaultAsync(a => a.Code == code, cancellationToken)
        ?? throw new IdentityAdministrationException(AdministrationProblem.AgencyNotFound, code, $"Agency '{code}' does not exist.");

    private static async Task<Client> FindClientAsync(IdentityDbContext db, string clientId, CancellationToken cancellationToken) =>
        await db.Clients.FirstOrDefaultAsync(c => c.ClientId == clientId, cancellationToken)
        ?? throw new IdentityAdministrationException(AdministrationProblem.ClientNotFound, clientId, $"Client '{clientId}' does not exist.");

    private static void ValidateAgency(string code, string name, string kind, string regionCode)
    {
        if (!AgencyCodePattern().IsMatch(code))
        {
            throw new IdentityAdministrationException(AdministrationProblem.InvalidAgency, code, $"Agency code '{code}' must be 2–64 characters of A–Z, 0–9 and '-'.");
        }

        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(kind))
        {
            throw new IdentityAdministrationException(AdministrationProblem.InvalidAgency, code, $"Agency '{code}' needs a name and a kind.");
        }

        if (AgencyKinds.Problem(kind) is { } problem)
        {
            throw new IdentityAdministrationException(AdministrationProblem.InvalidAgency, code, problem);
        }

        if (!RegionCodePattern().IsMatch(regionCode))
        {
            throw new IdentityAdministrationException(AdministrationProblem.InvalidAgency, code, $"Region code '{regionCode}' of agency '{code}' must be six digits (GB/T 2260).");
        }

        if (!AdministrativeRegion.IsKnown(regionCode))
        {
            throw new IdentityAdministrationException(AdministrationProblem.InvalidAgency, code,
                $"Region code '{regionCode}' of agency '{code}' is not in the hub's GB/T 2260 list ({AdministrativeRegion.ListFile}).");
        }
    }

    private static string NewSecret() => Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));

    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]{1,63}$")]
    private static partial Regex AgencyCodePattern();

    [GeneratedRegex("^[0-9]{6}$")]
    private static partial Regex RegionCodePattern();
}
