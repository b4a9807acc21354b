using Hub.Identity.Audit;
using Hub.Identity.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.JsonWebTokens;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Hub.Identity.Server;

/// <summary>
/// Records every access token OpenIddict has just signed: the token's row (jti, client, agency, scope, audience,
/// lifetime; no payload; the agency is the person's for a person's token), which introspection, revocation and the revocation list read, and its <c>token.issued</c>
/// audit record, in one transaction, before the response leaves.
/// </summary>
public sealed class IssuedTokenRecorder(
    IDbContextFactory<IdentityDbContext> contextFactory,
    AuditTrail audit) : IOpenIddictServerHandler<ProcessSignInContext>
{
    /// <summary>Runs after OpenIddict generated the access token.</summary>
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ProcessSignInContext>()
            .AddFilter<OpenIddictServerHandlerFilters.RequireAccessTokenGenerated>()
            .UseScopedHandler<IssuedTokenRecorder>()
            .SetOrder(OpenIddictServerHandlers.GenerateAccessToken.Descriptor.Order + 500)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(ProcessSignInContext context)
    {
        var client = ClientAuthenticationHandler.Client(context.Transaction);
        var token = new JsonWebToken(context.AccessToken);
        var principal = context.AccessTokenPrincipal!;
        var scope = string.Join(' ', principal.GetScopes());
        var audience = string.Join(' ', principal.GetAudiences());
        var issuedAt = new DateTimeOffset(token.IssuedAt, TimeSpan.Zero);
        var expiresAt = new DateTimeOffset(token.ValidTo, TimeSpan.Zero);

        await using var db = await contextFactory.CreateDbContextAsync(context.CancellationToken);
        db.IssuedTokens.Add(new IssuedToken
        {
            TokenId = token.Id,
            ClientId = client.ClientId,
            AgencyCode = principal.GetClaim(Tokens.AccessTokenClaims.Agency) ?? client.Agency.Code,
            Scope = scope,
            Audience = audience,
            IssuedAt = issuedAt,
            ExpiresAt = expiresAt,
        });
        // A person's token (authorization code or refresh grant) names the person beside the client: sub is their id.
        var user = principal.GetClaim(OpenIddictConstants.Claims.Name);
        audit.Append(db, AuditActions.TokenIssued, client.ClientId, token.Id,
            new { method = client.Method.ToString(), scope, audience, kid = token.Kid, expires_at = expiresAt, user, grant_type = context.Request?.GrantType });
        // The token and its audit record are two inserts in one transaction: a client that disconnects may stop the
        // issuance before this point, but not tear the transaction (a cancelled commit or rollback is what EF Core
        // logged as "An error occurred using a transaction." at the end of every load run).
        context.CancellationToken.ThrowIfCancellationRequested();
        await db.SaveChangesAsync(CancellationToken.None);
        TokenIssuanceTelemetry.Record(context.Request?.GrantType, client.Method.ToString());
    }
}
