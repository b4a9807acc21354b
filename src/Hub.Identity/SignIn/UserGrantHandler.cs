using Hub.Identity.Audit;
using Hub.Identity.Server;
using Hub.Identity.Storage;
using Hub.Identity.Tokens;
using Hub.Identity.Users;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Hub.Identity.SignIn;

/// <summary>
/// Re-checks the person behind an authorization code or refresh token when it is redeemed: the client's permission
/// for the grant, then the user as the store has them now: a disabled user or a suspended agency gets
/// <c>invalid_grant</c> (audited as <c>token.refused</c>), and the new tokens carry only the scopes the agency still
/// holds and its current details.
/// </summary>
public sealed class UserGrantHandler(IDbContextFactory<IdentityDbContext> contextFactory, AuditTrail audit)
    : IOpenIddictServerHandler<HandleTokenRequestContext>
{
    /// <summary>Runs after OpenIddict attached the code's or refresh token's principal.</summary>
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<HandleTokenRequestContext>()
            .UseScopedHandler<UserGrantHandler>()
            .SetOrder(OpenIddictServerHandlers.Exchange.AttachPrincipal.Descriptor.Order + 500)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(HandleTokenRequestContext context)
    {
        var request = context.Request;
        if (!request.IsAuthorizationCodeGrantType() && !request.IsRefreshTokenGrantType())
        {
            return;
        }

        var client = ClientAuthenticationHandler.Client(context.Transaction);
        var grant = request.IsAuthorizationCodeGrantType() ? ClientPermissions.AuthorizationCodeGrant : ClientPermissions.RefreshTokenGrant;
        if (!client.HasPermission(grant))
        {
            context.Reject(Errors.UnauthorizedClient, $"The client is not allowed to use the {request.GrantType} grant.");
            return;
        }

        var principal = context.Principal!;
        await using var db = await contextFactory.CreateDbContextAsync(context.CancellationToken);
        var user = Guid.TryParse(principal.GetClaim(Claims.Subject), out var id)
            ? await db.Users.AsNoTracking().Include(u => u.Agency).FirstOrDefaultAsync(u => u.Id == id, context.CancellationToken)
            : null;
        var refusal = user switch
        {
            null => "The user no longer exists.",
            { Disabled: true } => "The user account is disabled.",
            { Agency.Suspended: true } => "The user's agency is suspended.",
            _ => null,
        };
        if (refusal is not null)
        {
            await audit.RecordAsync(AuditActions.TokenRefused, client.ClientId, principal.GetClaim(Claims.Name) ?? "",
                new { reason = refusal, grant_type = request.GrantType, agency = user?.Agency.Code }, context.CancellationToken);
            context.Reject(Errors.InvalidGrant, refusal);
            return;
        }

        var held = await UserScopes.HeldAsync(db, user!, context.CancellationToken);
        var allowed = ClientPermissions.Scopes(client.Client.Permissions).ToHashSet(StringComparer.Ordinal);
        principal.SetScopes(UserPrincipal.Scopes(principal.GetScopes(), allowed, held));
        UserPrincipal.WithAgency(principal, user!);
    }
}
