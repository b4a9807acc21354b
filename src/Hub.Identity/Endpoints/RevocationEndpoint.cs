using Hub.Identity.Audit;
using Hub.Identity.ClientAuthentication;
using Hub.Identity.Protocol;
using Hub.Identity.Storage;
using Hub.Identity.Tokens;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Hub.Identity.Endpoints;

/// <summary>
/// Token revocation (RFC 7009): 200 whether or not the token was known, valid or the caller's; only the caller's own
/// tokens are revoked. The jti goes on the revocation list the resource side checks.
/// </summary>
public sealed class RevocationEndpoint(
    ClientAuthenticator authenticator,
    AccessTokenValidator validator,
    RevokedTokenList revokedTokens,
    IDbContextFactory<IdentityDbContext> contextFactory,
    AuditTrail audit,
    TimeProvider time)
{
    public async Task HandleAsync(HttpContext context)
    {
        if (await TokenManagementRequest.ReadAsync(context, authenticator, IdentityEndpointPaths.Revocation, ClientPermissions.RevocationEndpoint) is not { } request)
        {
            return;
        }

        var (client, token) = request;

        var validation = await validator.ValidateSignatureAsync(token, context.RequestAborted);
        if (validation.IsValid && ((JsonWebToken)validation.SecurityToken).Id is { Length: > 0 } tokenId)
        {
            await RevokeOwnAsync(tokenId, client.ClientId, context.RequestAborted);
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.Pragma = "no-cache";
    }

    private async Task RevokeOwnAsync(string tokenId, string callerClientId, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var record = await db.IssuedTokens.FirstOrDefaultAsync(t => t.TokenId == tokenId, cancellationToken);
        if (record is null || record.ClientId != callerClientId || record.RevokedAt is not null)
        {
            return;
        }

        record.RevokedAt = time.GetUtcNow();
        audit.Append(db, AuditActions.TokenRevoked, callerClientId, tokenId, new { record.Scope });
        await db.SaveChangesAsync(cancellationToken);
        revokedTokens.Add(tokenId);
    }
}
