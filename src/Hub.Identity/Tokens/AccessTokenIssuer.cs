using Hub.Identity.Audit;
using Hub.Identity.ClientAuthentication;
using Hub.Identity.Keys;
using Hub.Identity.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Hub.Identity.Tokens;

/// <summary>
/// Signs RFC 9068 access tokens (<c>typ: at+jwt</c>) with the active key: iss, exp, aud, sub = client_id, client_id, iat,
/// jti, scope, plus the agency's code, kind and region. No personal data. The token's record and audit entry are saved together.
/// </summary>
public sealed class AccessTokenIssuer(
    IDbContextFactory<IdentityDbContext> contextFactory,
    SigningKeyRing keyRing,
    AuditTrail audit,
    IOptions<HubIdentityOptions> options,
    TimeProvider time)
{
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };

    public async Task<IssuedAccessToken> IssueAsync(
        AuthenticatedClient client, IReadOnlyList<string> scopes, string audience, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var lifetime = client.Client.AccessTokenLifetimeSeconds is { } seconds
            ? TimeSpan.FromSeconds(Math.Min(seconds, settings.MaxTokenLifetime.TotalSeconds))
            : settings.DefaultTokenLifetime;
        var now = time.GetUtcNow();
        var issuedAt = DateTimeOffset.FromUnixTimeSeconds(now.ToUnixTimeSeconds());
        var expiresAt = issuedAt + lifetime;
        var tokenId = Base64UrlEncoder.Encode(Guid.NewGuid().ToByteArray());
        var scope = string.Join(' ', scopes);
        var signingKey = await keyRing.GetSigningKeyAsync(cancellationToken);

        var accessToken = _handler.CreateToken(new SecurityTokenDescriptor
        {
            TokenType = AccessTokenClaims.TokenType,
            Issuer = settings.Issuer,
            Audience = audience,
            IssuedAt = issuedAt.UtcDateTime,
            Expires = expiresAt.UtcDateTime,
            SigningCredentials = signingKey.SigningCredentials,
            Claims = new Dictionary<string, object>
            {
                [JwtRegisteredClaimNames.Sub] = client.ClientId,
                [AccessTokenClaims.ClientId] = client.ClientId,
                [JwtRegisteredClaimNames.Jti] = tokenId,
                [AccessTokenClaims.Scope] = scope,
                [AccessTokenClaims.Agency] = client.Agency.Code,
                [AccessTokenClaims.AgencyKind] = client.Agency.Kind,
                [AccessTokenClaims.Region] = client.Agency.RegionCode,
            },
        });

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.IssuedTokens.Add(new IssuedToken
        {
            TokenId = tokenId,
            ClientId = client.ClientId,
            AgencyCode = client.Agency.Code,
            Scope = scope,
            Audience = audience,
            IssuedAt = issuedAt,
            ExpiresAt = expiresAt,
        });
        audit.Append(db, AuditActions.TokenIssued, client.ClientId, tokenId,
            new { method = client.Method.ToString(), scope, audience, kid = signingKey.KeyId, expires_at = expiresAt });
        // The token and its audit record are two inserts in one transaction: a client that disconnects may stop the
        // issuance before this point, but not tear the transaction (a cancelled commit or rollback is what EF Core
        // logged as "An error occurred using a transaction." at the end of every load run).
        cancellationToken.ThrowIfCancellationRequested();
        await db.SaveChangesAsync(CancellationToken.None);
        return new IssuedAccessToken(accessToken, tokenId, (int)lifetime.TotalSeconds, scope);
    }
}
