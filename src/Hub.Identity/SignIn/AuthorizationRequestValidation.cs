using Hub.Identity.Storage;
using Hub.Identity.Tokens;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Hub.Identity.SignIn;

/// <summary>
/// Checks an authorization request against the hub's client store, where OpenIddict's application manager would (the
/// server runs in degraded mode): the client exists and may use the code flow, the redirect URI is one it registered
/// (compared exactly, RFC 6749 §3.1.2.3), a public client sends a PKCE challenge (RFC 7636; OpenIddict accepts only
/// S256), and every scope asked for is in the catalogue and allowed to the client (<c>openid</c> and
/// <c>offline_access</c> aside). A refusal here is shown to the person, never sent to an unchecked redirect URI.
/// </summary>
public sealed class AuthorizationRequestValidation(IDbContextFactory<IdentityDbContext> contextFactory)
    : IOpenIddictServerHandler<ValidateAuthorizationRequestContext>
{
    private const string ClientProperty = "hub:authorization_client";

    /// <summary>Runs where OpenIddict's ValidateClientRedirectUri would.</summary>
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ValidateAuthorizationRequestContext>()
            .UseScopedHandler<AuthorizationRequestValidation>()
            .SetOrder(OpenIddictServerHandlers.Authentication.ValidateClientRedirectUri.Descriptor.Order)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    /// <summary>The scopes OpenID Connect defines, which need no grant: an ID token, and a refresh token.</summary>
    public static readonly IReadOnlySet<string> ProtocolScopes = new HashSet<string>(StringComparer.Ordinal) { Scopes.OpenId, Scopes.OfflineAccess };

    /// <summary>The client of the authorization request, as checked.</summary>
    public static Client Client(OpenIddictServerTransaction transaction) =>
        transaction.GetProperty<Client>(ClientProperty)
        ?? throw new InvalidOperationException("The client was not checked by AuthorizationRequestValidation.");

    public async ValueTask HandleAsync(ValidateAuthorizationRequestContext context)
    {
        await using var db = await contextFactory.CreateDbContextAsync(context.CancellationToken);
        var clientId = context.ClientId;
        var client = clientId is { Length: <= Storage.Client.MaxClientIdLength }
            ? await db.Clients.AsNoTracking().Include(c => c.Agency).FirstOrDefaultAsync(c => c.ClientId == clientId, context.CancellationToken)
            : null;
        if (client is null)
        {
            context.Reject(Errors.InvalidRequest, "The client is unknown.");
            return;
        }

        if (!client.Permissions.Contains(ClientPermissions.AuthorizationEndpoint) || !client.Permissions.Contains(ClientPermissions.AuthorizationCodeGrant))
        {
            context.Reject(Errors.UnauthorizedClient, "The client is not allowed to use the authorization code flow.");
            return;
        }

        if (string.IsNullOrEmpty(context.RedirectUri))
        {
            if (client.RedirectUris.Count != 1)
            {
                context.Reject(Errors.InvalidRequest, "The redirect_uri parameter is required for this client.");
                return;
            }

            context.SetRedirectUri(client.RedirectUris[0]);
        }
        else if (!client.RedirectUris.Contains(context.RedirectUri, StringComparer.Ordinal))
        {
            context.Reject(Errors.InvalidRequest, "The redirect_uri is not registered for this client.");
            return;
        }

        if (client.IsPublic && string.IsNullOrEmpty(context.Request.CodeChallenge))
        {
            context.Reject(Errors.InvalidRequest, "A public client must send a PKCE code_challenge (S256).");
            return;
        }

        var allowed = ClientPermissions.Scopes(client.Permissions).ToHashSet(StringComparer.Ordinal);
        var refused = context.Request.GetScopes().Where(s => !ProtocolScopes.Contains(s) && !allowed.Contains(s)).ToList();
        if (refused.Count > 0)
        {
            context.Reject(Errors.InvalidScope, $"The client is not allowed the scope: {string.Join(' ', refused)}.");
            return;
        }

        context.Transaction.SetProperty(ClientProperty, client);
    }
}
