using Hub.Identity.Audit;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Hub.Identity.SignIn;

/// <summary>
/// Makes authorization codes single-use and refresh tokens rotate, with OpenIddict's token and authorization stores
/// (EF Core, identity schema), which the degraded mode leaves unused: each code and refresh token gets an entry whose id
/// it carries; redeeming it marks the entry redeemed. A second redemption (a replayed code or an old refresh token) is
/// refused with <c>invalid_grant</c> and revokes the whole authorization, so every refresh token issued from that code
/// stops working (RFC 6749 §4.1.2, §10.4). A revoked authorization (sign-out) refuses its refresh tokens likewise.
/// </summary>
public sealed class GrantEntries(
    IOpenIddictTokenManager tokens,
    IOpenIddictAuthorizationManager authorizations,
    AuditTrail audit,
    TimeProvider time) : IOpenIddictServerHandler<ProcessSignInContext>, IOpenIddictServerHandler<ValidateTokenContext>
{
    /// <summary>Creates the entries once OpenIddict prepared the code's and refresh token's principals, before it writes them.</summary>
    public static OpenIddictServerHandlerDescriptor CreationDescriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ProcessSignInContext>()
            .UseScopedHandler<GrantEntries>()
            .SetOrder(OpenIddictServerHandlers.GenerateAccessToken.Descriptor.Order - 500)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    /// <summary>Redeems the entry once OpenIddict has validated the code or refresh token presented.</summary>
    public static OpenIddictServerHandlerDescriptor RedemptionDescriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ValidateTokenContext>()
            .UseScopedHandler<GrantEntries>()
            .SetOrder(OpenIddictServerHandlers.Protection.ValidateExpirationDate.Descriptor.Order + 500)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    /// <summary>The claim of a code or refresh token that names its entry in OpenIddict's token store.</summary>
    public const string EntryClaim = "hub_grant_entry";

    private static bool IsGrant(string? tokenType) =>
        tokenType is TokenTypeIdentifiers.Private.AuthorizationCode or TokenTypeIdentifiers.RefreshToken;

    public async ValueTask HandleAsync(ProcessSignInContext context)
    {
        foreach (var (principal, type) in new[] { (context.AuthorizationCodePrincipal, TokenTypeIdentifiers.Private.AuthorizationCode),
                     (context.RefreshTokenPrincipal, TokenTypeIdentifiers.RefreshToken) })
        {
            if (principal is null)
            {
                continue;
            }

            var descriptor = new OpenIddictTokenDescriptor
            {
                AuthorizationId = principal.GetAuthorizationId(),
                CreationDate = principal.GetCreationDate() ?? time.GetUtcNow(),
                ExpirationDate = principal.GetExpirationDate(),
                Status = Statuses.Valid,
                Subject = principal.GetClaim(Claims.Subject),
                Type = type,
            };
            var entry = await tokens.CreateAsync(descriptor, context.CancellationToken);
            // The hub's own claim carries the entry's id inside the code or refresh token (the degraded mode writes no token id).
            principal.SetClaim(EntryClaim, await tokens.GetIdAsync(entry, context.CancellationToken));
        }
    }

    public async ValueTask HandleAsync(ValidateTokenContext context)
    {
        if (context.Principal is not { } principal || !IsGrant(principal.GetTokenType())
            || context.EndpointType != OpenIddictServerEndpointType.Token)
        {
            return;
        }

        var what = principal.GetTokenType() == TokenTypeIdentifiers.RefreshToken ? "refresh token" : "authorization code";
        var entry = principal.GetClaim(EntryClaim) is { } id ? await tokens.FindByIdAsync(id, context.CancellationToken) : null;
        if (entry is null)
        {
            context.Reject(Errors.InvalidGrant, $"The {what} is not known to this hub.");
            return;
        }

        if (await tokens.HasStatusAsync(entry, Statuses.Redeemed, context.CancellationToken))
        {
            await RevokeAuthorizationAsync(principal, context.CancellationToken);
            await audit.RecordAsync(AuditActions.TokenRefused, context.Request?.ClientId ?? "", principal.GetClaim(Claims.Name) ?? "",
                new { reason = "replayed", grant = what, authorization = principal.GetAuthorizationId() }, context.CancellationToken);
            context.Reject(Errors.InvalidGrant, $"The {what} has already been used; the tokens issued from it are revoked.");
            return;
        }

        var authorization = principal.GetAuthorizationId() is { } authorizationId
            ? await authorizations.FindByIdAsync(authorizationId, context.CancellationToken)
            : null;
        if (!await tokens.HasStatusAsync(entry, Statuses.Valid, context.CancellationToken) || authorization is null
            || !await authorizations.HasStatusAsync(authorization, Statuses.Valid, context.CancellationToken))
        {
            context.Reject(Errors.InvalidGrant, $"The {what} has been revoked.");
            return;
        }

        // The store's concurrency token makes this the one redemption that wins when two requests race with the same code.
        if (!await tokens.TryRedeemAsync(entry, context.CancellationToken))
        {
            await RevokeAuthorizationAsync(principal, context.CancellationToken);
            context.Reject(Errors.InvalidGrant, $"The {what} has already been used; the tokens issued from it are revoked.");
        }
    }

    private async Task RevokeAuthorizationAsync(System.Security.Claims.ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        if (principal.GetAuthorizationId() is not { } authorizationId
            || await authorizations.FindByIdAsync(authorizationId, cancellationToken) is not { } authorization)
        {
            return;
        }

        await authorizations.TryRevokeAsync(authorization, cancellationToken);
        await tokens.RevokeByAuthorizationIdAsync(authorizationId, cancellationToken);
    }
}
