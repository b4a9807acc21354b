using Hub.Identity.ClientAuthentication;
using Hub.Identity.Storage;
using Hub.Identity.Tokens;
using Microsoft.AspNetCore;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Hub.Identity.Server;

/// <summary>
/// Authenticates the client of a token, introspection or revocation request against the hub's own client store, where
/// OpenIddict's application manager would (the server runs in degraded mode): several secrets per client, each with its
/// expiry; for <c>private_key_jwt</c>, OpenIddict has verified the assertion's signature, issuer, subject, audience and
/// expiry, and this handler adds the hub's lifetime bound and the replay check shared by every replica. Only a caller
/// that proves to be the client learns that its agency is suspended; then the client needs the endpoint's permission
/// (<c>ept:</c>). Failures are audited by <see cref="FailedAuthenticationAudit{TContext}"/>.
/// </summary>
public sealed class ClientAuthenticationHandler(
    IDbContextFactory<IdentityDbContext> contextFactory,
    ClientAssertionReplayGuard replayGuard,
    TimeProvider time) : IOpenIddictServerHandler<ProcessAuthenticationContext>
{
    private const string ClientProperty = "hub:authenticated_client";

    // Verifying against this hash when the client is unknown keeps the answer time the same as for a wrong secret.
    private static readonly string s_unknownClientHash = ClientSecretHasher.Hash(Guid.NewGuid().ToString());

    /// <summary>Runs where OpenIddict's own client checks would, after the client assertion was validated.</summary>
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ProcessAuthenticationContext>()
            .UseScopedHandler<ClientAuthenticationHandler>()
            .SetOrder(OpenIddictServerHandlers.ValidateClientId.Descriptor.Order)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    /// <summary>The client this request authenticated, for the handlers that run after this one.</summary>
    public static AuthenticatedClient Client(OpenIddictServerTransaction transaction) =>
        transaction.GetProperty<AuthenticatedClient>(ClientProperty)
        ?? throw new InvalidOperationException("The client was not authenticated by ClientAuthenticationHandler.");

    public async ValueTask HandleAsync(ProcessAuthenticationContext context)
    {
        if (context.EndpointType is not (OpenIddictServerEndpointType.Token or OpenIddictServerEndpointType.Introspection
            or OpenIddictServerEndpointType.Revocation))
        {
            return;
        }

        var clientId = context.ClientId;
        Client? client = null;
        if (clientId is { Length: <= Storage.Client.MaxClientIdLength })
        {
            await using var db = await contextFactory.CreateDbContextAsync(context.CancellationToken);
            client = await db.Clients.AsNoTracking().Include(c => c.Agency).Include(c => c.Secrets)
                .FirstOrDefaultAsync(c => c.ClientId == clientId, context.CancellationToken);
        }

        var method = client is { IsPublic: true } ? ClientAuthenticationMethod.None : Method(context.Transaction);
        var failure = client is null
            ? RejectUnknown(context.ClientSecret)
            : await CheckCredentialsAsync(client, context, method)
              ?? (client.Disabled ? "The client is disabled."
                  : client.Agency.Suspended ? "The client's agency is suspended." : null);

        if (failure is not null)
        {
            context.Reject(Errors.InvalidClient, failure);
            return;
        }

        var authenticated = new AuthenticatedClient(client!, method);
        var (permission, path) = context.EndpointType switch
        {
            OpenIddictServerEndpointType.Introspection => (ClientPermissions.IntrospectionEndpoint, IdentityEndpointPaths.Introspection),
            OpenIddictServerEndpointType.Revocation => (ClientPermissions.RevocationEndpoint, IdentityEndpointPaths.Revocation),
            _ => (ClientPermissions.TokenEndpoint, IdentityEndpointPaths.Token),
        };
        if (!authenticated.HasPermission(permission))
        {
            context.Reject(Errors.UnauthorizedClient, $"The client is not allowed to use the {path} endpoint.");
            return;
        }

        context.Transaction.SetProperty(ClientProperty, authenticated);
    }

    /// <summary>How the client of a token, introspection or revocation request presented its credentials.</summary>
    public static ClientAuthenticationMethod Method(OpenIddictServerTransaction transaction)
    {
        if (!string.IsNullOrEmpty(transaction.Request?.ClientAssertion))
        {
            return ClientAuthenticationMethod.PrivateKeyJwt;
        }

        var header = transaction.GetHttpRequest()?.Headers.Authorization.ToString();
        return header?.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase) == true
            ? ClientAuthenticationMethod.ClientSecretBasic
            : ClientAuthenticationMethod.ClientSecretPost;
    }

    private static string RejectUnknown(string? secret)
    {
        if (secret is not null)
        {
            ClientSecretHasher.Verify(s_unknownClientHash, secret);
        }

        return "The client is unknown or its credentials are wrong.";
    }

    private async Task<string?> CheckCredentialsAsync(Client client, ProcessAuthenticationContext context, ClientAuthenticationMethod method)
    {
        if (method == ClientAuthenticationMethod.None)
        {
            // A public client has nothing to prove; it may only redeem what a person granted it (its code is bound to
            // it by PKCE, its refresh tokens by their presenter), never ask for a token of its own.
            return !string.IsNullOrEmpty(context.ClientSecret) || !string.IsNullOrEmpty(context.Transaction.Request?.ClientAssertion)
                ? "A public client has no credentials."
                : context.EndpointType == OpenIddictServerEndpointType.Token && context.Transaction.Request is { } request
                  && (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
                    ? null
                    : "A public client may only redeem authorization codes and refresh tokens.";
        }

        if (method == ClientAuthenticationMethod.PrivateKeyJwt)
        {
            return context.ClientAssertionPrincipal is { } assertion
                ? await replayGuard.RedeemAsync(client.ClientId, assertion, context.CancellationToken)
                : "The client assertion is invalid.";
        }

        if (string.IsNullOrEmpty(context.ClientSecret))
        {
            return "The client did not authenticate.";
        }

        var now = time.GetUtcNow();
        var matching = client.Secrets.FirstOrDefault(s => ClientSecretHasher.Verify(s.Hash, context.ClientSecret));
        return matching switch
        {
            null => "The client is unknown or its credentials are wrong.",
            { ExpiresAt: { } expiresAt } when expiresAt <= now => "The client secret has expired.",
            _ => null,
        };
    }
}
