using Hub.Identity.Audit;
using Hub.Identity.Storage;
using Microsoft.AspNetCore;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Hub.Identity.SignIn;

/// <summary>
/// Signs a person out (OpenID Connect RP-Initiated Logout): the <c>post_logout_redirect_uri</c> must be one the client
/// registered (the client named by <c>client_id</c> or by the ID token hint's audience); the person named by the ID
/// token hint has every authorization revoked, so no refresh token of theirs works any more (the hub keeps no browser
/// session of its own: each sign-in asks for the password). Audited as <c>user.signout</c>.
/// </summary>
public sealed class EndSessionHandler(
    IDbContextFactory<IdentityDbContext> contextFactory,
    IOpenIddictAuthorizationManager authorizations,
    IOpenIddictTokenManager tokens,
    AuditTrail audit) : IOpenIddictServerHandler<ValidateEndSessionRequestContext>, IOpenIddictServerHandler<HandleEndSessionRequestContext>
{
    /// <summary>Checks the post-logout redirect URI where OpenIddict's ValidateClientPostLogoutRedirectUri would.</summary>
    public static OpenIddictServerHandlerDescriptor ValidationDescriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ValidateEndSessionRequestContext>()
            .UseScopedHandler<EndSessionHandler>()
            .SetOrder(OpenIddictServerHandlers.Session.ValidateClientPostLogoutRedirectUri.Descriptor.Order)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    /// <summary>Signs out, before OpenIddict would answer.</summary>
    public static OpenIddictServerHandlerDescriptor SignOutDescriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<HandleEndSessionRequestContext>()
            .UseScopedHandler<EndSessionHandler>()
            .SetOrder(OpenIddictServerHandlers.Session.AttachPrincipal.Descriptor.Order + 1_000)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(ValidateEndSessionRequestContext context)
    {
        var uri = context.PostLogoutRedirectUri;
        if (string.IsNullOrEmpty(uri))
        {
            return;
        }

        var clientId = context.Request.ClientId ?? context.IdentityTokenHintPrincipal?.GetAudiences().FirstOrDefault();
        await using var db = await contextFactory.CreateDbContextAsync(context.CancellationToken);
        var client = clientId is { Length: <= Client.MaxClientIdLength }
            ? await db.Clients.AsNoTracking().FirstOrDefaultAsync(c => c.ClientId == clientId, context.CancellationToken)
            : null;
        if (client is null || !client.PostLogoutRedirectUris.Contains(uri, StringComparer.Ordinal))
        {
            context.Reject(Errors.InvalidRequest, "The post_logout_redirect_uri is not registered for this client.");
        }
    }

    public async ValueTask HandleAsync(HandleEndSessionRequestContext context)
    {
        if (context.IdentityTokenHintPrincipal is { } hint && hint.GetClaim(Claims.Subject) is { } subject)
        {
            await foreach (var authorization in authorizations.FindBySubjectAsync(subject, context.CancellationToken))
            {
                if (await authorizations.HasStatusAsync(authorization, Statuses.Valid, context.CancellationToken))
                {
                    await authorizations.TryRevokeAsync(authorization, context.CancellationToken);
                    await tokens.RevokeByAuthorizationIdAsync((await authorizations.GetIdAsync(authorization, context.CancellationToken))!, context.CancellationToken);
                }
            }

            await audit.RecordAsync(AuditActions.SignedOut, context.Request.ClientId ?? hint.GetAudiences().FirstOrDefault() ?? "",
                hint.GetClaim(Claims.Name) ?? subject, new { user_id = subject }, context.CancellationToken);
        }

        if (string.IsNullOrEmpty(context.Request.PostLogoutRedirectUri))
        {
            // Nowhere to send the browser back to: say so on a page of the hub's own.
            var response = context.Transaction.GetHttpRequest()!.HttpContext.Response;
            response.ContentType = "text/html; charset=utf-8";
            response.Headers.CacheControl = "no-store";
            await response.WriteAsync("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>已退出</title></head>" +
                "<body><p>您已退出登录。 / You are signed out.</p></body></html>", context.CancellationToken);
            context.HandleRequest();
            return;
        }

        context.SignOut();
    }
}
