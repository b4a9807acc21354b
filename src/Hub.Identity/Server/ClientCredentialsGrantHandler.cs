using System.Security.Claims;
using Hub.Identity.ClientAuthentication;
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
/// Grants the client credentials request (RFC 6749 §4.4) of an authenticated client: the grant permission, the scopes
/// (omitted means every scope the client holds; each must be in the catalogue and granted), one resource (RFC 8707)
/// among those the hub serves, and the principal OpenIddict turns into the access token: sub = client_id, the agency's
/// code, kind and region, the client's own lifetime if it has one.
/// </summary>
public sealed class ClientCredentialsGrantHandler(
    IDbContextFactory<IdentityDbContext> contextFactory,
    IOptions<HubIdentityOptions> options) : IOpenIddictServerHandler<HandleTokenRequestContext>
{
    /// <summary>Runs before OpenIddict's own handling of the token request.</summary>
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<HandleTokenRequestContext>()
            .UseScopedHandler<ClientCredentialsGrantHandler>()
            .SetOrder(OpenIddictServerHandlers.Exchange.AttachPrincipal.Descriptor.Order - 500)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(HandleTokenRequestContext context)
    {
        if (!context.Request.IsClientCredentialsGrantType())
        {
            return;
        }

        var client = ClientAuthenticationHandler.Client(context.Transaction);
        if (!client.HasPermission(ClientPermissions.ClientCredentialsGrant))
        {
            context.Reject(Errors.UnauthorizedClient, "The client is not allowed to use the client_credentials grant.");
            return;
        }

        var (audience, audienceError) = ResolveAudience(context.Request);
        if (audienceError is not null)
        {
            context.Reject(Errors.InvalidTarget, audienceError);
            return;
        }

        var (scopes, scopeError) = await ResolveScopesAsync(client, context.Request, context.CancellationToken);
        if (scopeError is not null)
        {
            context.Reject(Errors.InvalidScope, scopeError);
            return;
        }

        context.SignIn(Principal(client, scopes, audience!));
    }

    private ClaimsPrincipal Principal(AuthenticatedClient client, IReadOnlyList<string> scopes, string audience)
    {
        var identity = new ClaimsIdentity(authenticationType: "hub", nameType: Claims.Subject, roleType: Claims.Role);
        identity.SetClaim(Claims.Subject, client.ClientId)
            .SetClaim(AccessTokenClaims.Agency, client.Agency.Code)
            .SetClaim(AccessTokenClaims.AgencyKind, client.Agency.Kind)
            .SetClaim(AccessTokenClaims.Region, client.Agency.RegionCode);
        identity.SetDestinations(_ => [Destinations.AccessToken]);

        var principal = new ClaimsPrincipal(identity).SetScopes(scopes).SetResources(audience);
        var settings = options.Value;
        if (client.Client.AccessTokenLifetimeSeconds is { } seconds)
        {
            principal.SetAccessTokenLifetime(TimeSpan.FromSeconds(Math.Min(seconds, settings.MaxTokenLifetime.TotalSeconds)));
        }

        return principal;
    }

    private (string? Audience, string? Error) ResolveAudience(OpenIddictRequest request)
    {
        var settings = options.Value;
        var requested = (request.Resources ?? []).Where(r => !string.IsNullOrEmpty(r)).Distinct(StringComparer.Ordinal).ToList();
        if (requested.Count == 0)
        {
            return (settings.DefaultResource, null);
        }

        if (requested.Count > 1)
        {
            return (null, "Only one resource may be requested per token; the audience would be ambiguous.");
        }

        var resource = requested[0]!;
        if (!Uri.TryCreate(resource, UriKind.Absolute, out var uri) || uri.Fragment.Length > 0 || resource.Contains('#'))
        {
            return (null, $"The resource '{resource}' must be an absolute URI without a fragment.");
        }

        return resource == settings.DefaultResource || settings.Resources.Contains(resource, StringComparer.Ordinal)
            ? (resource, null)
            : (null, $"The resource '{resource}' is not served by this hub.");
    }

    private async Task<(IReadOnlyList<string> Scopes, string? Error)> ResolveScopesAsync(
        AuthenticatedClient client, OpenIddictRequest request, CancellationToken cancellationToken)
    {
        var granted = ClientPermissions.Scopes(client.Client.Permissions).ToList();
        if (string.IsNullOrEmpty(request.Scope))
        {
            // RFC 6749 §3.3: an omitted scope means the client's pre-defined default, here every scope it holds.
            return granted.Count == 0 ? ([], "No scope was requested and the client holds none.") : (granted, null);
        }

        var names = request.GetScopes().Distinct(StringComparer.Ordinal).ToList();

        // The catalogue is a short, reviewed list: compared in memory, a request naming thousands of scopes costs no
        // more than one naming a few (a Contains query would bind one parameter per name, past SQLite's limit).
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var catalogue = await db.Scopes.AsNoTracking().Select(s => s.Name).ToListAsync(cancellationToken);
        var unknown = names.Except(catalogue, StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            return ([], $"Unknown scope: {string.Join(' ', unknown)}.");
        }

        var notGranted = names.Except(granted, StringComparer.Ordinal).ToList();
        return notGranted.Count > 0
            ? ([], $"The client is not granted the scope: {string.Join(' ', notGranted)}.")
            : (names, null);
    }
}
