using Hub.Identity.Audit;
using Hub.Identity.Storage;
using Hub.Identity.Tokens;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Hub.Identity.Server;

/// <summary>
/// Token revocation (RFC 7009) on the hub's token records: only the caller's own tokens are revoked, and the answer is
/// 200 whether or not the token was known, valid or the caller's. The jti goes on the revocation list the resource
/// side checks, and the revocation is audited.
/// </summary>
public sealed class RevocationHandler(
    IDbContextFactory<IdentityDbContext> contextFactory,
    RevokedTokenList revokedTokens,
    AuditTrail audit,
    TimeProvider time) : IOpenIddictServerHandler<HandleRevocationRequestContext>
{
    /// <summary>Runs where OpenIddict's own revocation would, which needs its token store.</summary>
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<HandleRevocationRequestContext>()
            .UseScopedHandler<RevocationHandler>()
            .SetOrder(int.MaxValue - 100_000)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(HandleRevocationRequestContext context)
    {
        var caller = ClientAuthenticationHandler.Client(context.Transaction);
        if (context.GenericTokenPrincipal?.GetClaim(Claims.JwtId) is not { Length: > 0 } tokenId)
        {
            return;
        }

        await using var db = await contextFactory.CreateDbContextAsync(context.CancellationToken);
        var record = await db.IssuedTokens.FirstOrDefaultAsync(t => t.TokenId == tokenId, context.CancellationToken);
        if (record is null || record.ClientId != caller.ClientId || record.RevokedAt is not null)
        {
            return;
        }

        record.RevokedAt = time.GetUtcNow();
        audit.Append(db, AuditActions.TokenRevoked, caller.ClientId, tokenId, new { record.Scope });
        await db.SaveChangesAsync(context.CancellationToken);
        revokedTokens.Add(tokenId);
    }
}
