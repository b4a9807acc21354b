using Hub.Identity.ClientAuthentication;
using Hub.Identity.Protocol;
using Hub.Identity.Storage;
using Hub.Identity.Tokens;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hub.Identity.Endpoints;

/// <summary>The token endpoint: the client credentials grant (RFC 6749 §4.4) with resource indicators (RFC 8707).</summary>
public sealed class TokenEndpoint(
    ClientAuthenticator authenticator,
    AccessTokenIssuer issuer,
    IDbContextFactory<IdentityDbContext> contextFactory,
    IOptions<HubIdentityOptions> options)
{
    public const string ClientCredentials = "client_credentials";

    public async Task HandleAsync(HttpContext context)
    {
        var (form, formError) = await OAuthForm.ReadAsync(context, "resource");
        if (form is null)
        {
            await OAuthResponses.WriteErrorAsync(context, formError!);
            return;
        }

        var grantType = form["grant_type"];
        if (grantType is null)
        {
            await OAuthResponses.WriteErrorAsync(context, OAuthError.InvalidRequest("The grant_type parameter is missing."));
            return;
        }

        if (grantType != ClientCredentials)
        {
            await OAuthResponses.WriteErrorAsync(context,
                OAuthError.UnsupportedGrantType($"The hub supports only the '{ClientCredentials}' grant."));
            return;
        }

        var (client, authenticationError) = await authenticator.AuthenticateAsync(context, form, IdentityEndpointPaths.Token);
        if (client is null)
        {
            await OAuthResponses.WriteErrorAsync(context, authenticationError!);
            return;
        }

        var audienceError = ResolveAudience(form, out var audience);
        var error = CheckGrantPermission(client) ?? audienceError;
        var (scopes, scopeError) = error is null ? await ResolveScopesAsync(client, form["scope"], context.RequestAborted) : ([], error);
        if (scopeError is not null)
        {
            await OAuthResponses.WriteErrorAsync(context, scopeError);
            return;
        }

        var token = await issuer.IssueAsync(client, scopes, audience, context.RequestAborted);
        await OAuthResponses.WriteJsonAsync(context, StatusCodes.Status200OK, new Dictionary<string, object>
        {
            ["access_token"] = token.AccessToken,
            ["token_type"] = "Bearer",
            ["expires_in"] = token.ExpiresIn,
            ["scope"] = token.Scope,
        });
    }

    private static OAuthError? CheckGrantPermission(AuthenticatedClient client) =>
        client.HasPermission(ClientPermissions.TokenEndpoint) && client.HasPermission(ClientPermissions.ClientCredentialsGrant)
            ? null
            : OAuthError.UnauthorizedClient("The client is not allowed to use the client_credentials grant.");

    private OAuthError? ResolveAudience(OAuthForm form, out string audience)
    {
        var settings = options.Value;
        var requested = form.All("resource").Distinct(StringComparer.Ordinal).ToList();
        audience = settings.DefaultResource;
        if (requested.Count == 0)
        {
            return null;
        }

        if (requested.Count > 1)
        {
            return OAuthError.InvalidTarget("Only one resource may be requested per token; the audience would be ambiguous.");
        }

        var resource = requested[0];
        if (!Uri.TryCreate(resource, UriKind.Absolute, out var uri) || uri.Fragment.Length > 0 || resource.Contains('#'))
        {
            return OAuthError.InvalidTarget($"The resource '{resource}' must be an absolute URI without a fragment.");
        }

        if (resource != settings.DefaultResource && !settings.Resources.Contains(resource, StringComparer.Ordinal))
        {
            return OAuthError.InvalidTarget($"The resource '{resource}' is not served by this hub.");
        }

        audience = resource;
        return null;
    }

    private async Task<(IReadOnlyList<string> Scopes, OAuthError? Error)> ResolveScopesAsync(
        AuthenticatedClient client, string? requested, CancellationToken cancellationToken)
    {
        var granted = ClientPermissions.Scopes(client.Client.Permissions).ToList();
        IReadOnlyList<string> scopes;
        if (requested is null)
        {
            // RFC 6749 §3.3: an omitted scope means the client's pre-defined default, here every scope it holds.
            scopes = granted;
            if (scopes.Count == 0)
            {
                return ([], OAuthError.InvalidScope("No scope was requested and the client holds none."));
            }
        }
        else if (!ScopeSyntax.TryParse(requested, out scopes))
        {
            return ([], OAuthError.InvalidScope("The scope parameter is malformed (RFC 6749 section 3.3)."));
        }

        // The catalogue is a short, reviewed list: compared in memory, a request naming thousands of scopes costs no
        // more than one naming a few (a Contains query would bind one parameter per name, past SQLite's limit).
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var names = scopes.ToList();
        var catalogue = await db.Scopes.AsNoTracking().Select(s => s.Name).ToListAsync(cancellationToken);
        var unknown = names.Except(catalogue, StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            return ([], OAuthError.InvalidScope($"Unknown scope: {string.Join(' ', unknown)}."));
        }

        var notGranted = names.Except(granted, StringComparer.Ordinal).ToList();
        if (notGranted.Count > 0)
        {
            return ([], OAuthError.InvalidScope($"The client is not granted the scope: {string.Join(' ', notGranted)}."));
        }

        return (scopes, null);
    }
}
