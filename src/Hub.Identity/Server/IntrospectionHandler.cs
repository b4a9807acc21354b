using Hub.Identity.Storage;
using Hub.Identity.Tokens;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Hub.Identity.Server;

/// <summary>
/// Token introspection (RFC 7662) on the hub's token records: a client learns only about its own tokens; anything
/// else, and a token revoked or expired, is <c>{"active":false}</c> and nothing more (OpenIddict turns the rejection
/// into that answer). An active token's answer names its client (the degraded mode has no application to read it
/// from) and its agency.
/// </summary>
public sealed class IntrospectionHandler(
    IDbContextFactory<IdentityDbContext> contextFactory, IOptions<HubIdentityOptions> options, TimeProvider time)
    : IOpenIddictServerHandler<ValidateIntrospectionRequestContext>, IOpenIddictServerHandler<HandleIntrospectionRequestContext>
{
    private const string RecordProperty = "hub:introspected_token";

    /// <summary>Checks the token's record after OpenIddict validated the token itself.</summary>
    public static OpenIddictServerHandlerDescriptor ValidationDescriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ValidateIntrospectionRequestContext>()
            .UseScopedHandler<IntrospectionHandler>()
            .SetOrder(int.MaxValue - 100_000)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    /// <summary>Adds the agency to the answer.</summary>
    public static OpenIddictServerHandlerDescriptor ClaimsDescriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<HandleIntrospectionRequestContext>()
            .UseScopedHandler<IntrospectionHandler>()
            .SetOrder(int.MaxValue - 100_000)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(ValidateIntrospectionRequestContext context)
    {
        var caller = ClientAuthenticationHandler.Client(context.Transaction);
        var tokenId = context.GenericTokenPrincipal?.GetClaim(Claims.JwtId);
        IssuedToken? record = null;
        if (!string.IsNullOrEmpty(tokenId))
        {
            await using var db = await contextFactory.CreateDbContextAsync(context.CancellationToken);
            record = await db.IssuedTokens.AsNoTracking().FirstOrDefaultAsync(t => t.TokenId == tokenId, context.CancellationToken);
        }

        if (record is not { RevokedAt: null } || record.ClientId != caller.ClientId || record.ExpiresAt <= time.GetUtcNow())
        {
            context.Reject(Errors.InvalidToken, "The token is not an active token of the caller.");
            return;
        }

        context.Transaction.SetProperty(RecordProperty, record);
    }

    public ValueTask HandleAsync(HandleIntrospectionRequestContext context)
    {
        if (context.Transaction.GetProperty<IssuedToken>(RecordProperty) is { } record)
        {
            // The configured issuer string, as the token carries it, not the URI's normalised form with a trailing slash.
            context.Issuer = null;
            context.Claims[Claims.Issuer] = options.Value.Issuer;
            context.ClientId = record.ClientId;
            context.Subject = record.ClientId;
            context.TokenId = record.TokenId;
            context.Scopes.UnionWith(record.Scope.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            context.Claims[AccessTokenClaims.Agency] = record.AgencyCode;
        }

        return default;
    }
}
