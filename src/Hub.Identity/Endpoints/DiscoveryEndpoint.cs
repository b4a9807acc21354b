using System.Text.Json;
using Hub.Identity.ClientAuthentication;
using Hub.Identity.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hub.Identity.Endpoints;

/// <summary>
/// Authorization-server metadata (RFC 8414), served at both well-known paths with the same content (RFC 9068 §4 asks
/// them to agree). Only the client credentials grant is offered.
/// </summary>
public sealed class DiscoveryEndpoint(IOptions<HubIdentityOptions> options, IDbContextFactory<IdentityDbContext> contextFactory)
{
    public async Task HandleAsync(HttpContext context)
    {
        var issuer = options.Value.Issuer.TrimEnd('/');
        await using var db = await contextFactory.CreateDbContextAsync(context.RequestAborted);
        var scopes = await db.Scopes.AsNoTracking().OrderBy(s => s.Name).Select(s => s.Name).ToListAsync(context.RequestAborted);
        string[] authMethods = ["client_secret_basic", "client_secret_post", "private_key_jwt"];

        var metadata = new Dictionary<string, object>
        {
            ["issuer"] = options.Value.Issuer,
            ["token_endpoint"] = issuer + IdentityEndpointPaths.Token,
            ["jwks_uri"] = issuer + IdentityEndpointPaths.Jwks,
            ["introspection_endpoint"] = issuer + IdentityEndpointPaths.Introspection,
            ["revocation_endpoint"] = issuer + IdentityEndpointPaths.Revocation,
            ["grant_types_supported"] = new[] { TokenEndpoint.ClientCredentials },

            // No grant here uses the authorization endpoint, so no response type is supported.
            ["response_types_supported"] = Array.Empty<string>(),
            ["scopes_supported"] = scopes,
            ["token_endpoint_auth_methods_supported"] = authMethods,
            ["token_endpoint_auth_signing_alg_values_supported"] = ClientAssertionValidator.Algorithms,
            ["introspection_endpoint_auth_methods_supported"] = authMethods,
            ["introspection_endpoint_auth_signing_alg_values_supported"] = ClientAssertionValidator.Algorithms,
            ["revocation_endpoint_auth_methods_supported"] = authMethods,
            ["revocation_endpoint_auth_signing_alg_values_supported"] = ClientAssertionValidator.Algorithms,
        };

        context.Response.Headers.CacheControl = "public, max-age=300";
        context.Response.ContentType = "application/json;charset=UTF-8";
        await context.Response.WriteAsync(JsonSerializer.Serialize(metadata), context.RequestAborted);
    }
}
