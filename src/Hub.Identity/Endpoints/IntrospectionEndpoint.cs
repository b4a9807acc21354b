using Hub.Identity.ClientAuthentication;
using Hub.Identity.Protocol;
using Hub.Identity.Storage;
using Hub.Identity.Tokens;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Hub.Identity.Endpoints;

/// <summary>
/// Token introspection (RFC 7662). Only authenticated clients may call it, and a client learns only about its own
/// tokens: anything else, unknown, expired or revoked is <c>{"active":false}</c> and nothing more.
/// </summary>
public sealed class IntrospectionEndpoint(
    ClientAuthenticator authenticator,
    AccessTokenValidator validator,
    IDbContextFactory<IdentityDbContext> contextFactory,
    IOptions<HubIdentityOptions> options,
    TimeProvider time)
{
    public async Task HandleAsync(HttpContext context)
    {
        if (await TokenManagementRequest.ReadAsync(context, authenticator, IdentityEndpointPaths.Introspection, ClientPermissions.IntrospectionEndpoint) is not { } request)
        {
            return;
        }

        var (client, token) = request;

        var record = await FindActiveOwnTokenAsync(token, client.ClientId, context.RequestAborted);
        if (record is null)
        {
            await OAuthResponses.WriteJsonAsync(context, StatusCodes.Status200OK, new Dictionary<string, object> { ["active"] = false });
            return;
        }

        await OAuthResponses.WriteJsonAsync(context, StatusCodes.Status200OK, new Dictionary<string, object>
        {
            ["active"] = true,
            ["scope"] = record.Scope,
            ["client_id"] = record.ClientId,
            ["sub"] = record.ClientId,
            ["aud"] = record.Audience,
            ["iss"] = options.Value.Issuer,
            ["exp"] = record.ExpiresAt.ToUnixTimeSeconds(),
            ["iat"] = record.IssuedAt.ToUnixTimeSeconds(),
            ["jti"] = record.TokenId,
            ["token_type"] = "Bearer",
            [AccessTokenClaims.Agency] = record.AgencyCode,
        });
    }

    private async Task<IssuedToken?> FindActiveOwnTokenAsync(string token, string callerClientId, CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateSignatureAsync(token, cancellationToken);
        if (!validation.IsValid || ((JsonWebToken)validation.SecurityToken).Id is not { Length: > 0 } tokenId)
        {
            return null;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var record = await db.IssuedTokens.AsNoTracking().FirstOrDefaultAsync(t => t.TokenId == tokenId, cancellationToken);
        return record is { RevokedAt: null } && record.ClientId == callerClientId && record.ExpiresAt > time.GetUtcNow()
            ? record
            : null;
    }
}
