using System.Text.Json;
using Hub.Identity.Keys;
using Hub.Identity.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Hub.Identity.Server;

/// <summary>
/// Completes OpenIddict's metadata document (RFC 8414, served at both well-known paths): the scopes of the hub's
/// catalogue, which administrators change at run time, the ID token signing algorithm of the store's keys, the authentication methods in a stable order with the assertion algorithms, and the issuer exactly as configured and as the tokens carry it.
/// </summary>
public sealed class DiscoveryHandler(IDbContextFactory<IdentityDbContext> contextFactory, IOptions<HubIdentityOptions> options)
    : IOpenIddictServerHandler<HandleConfigurationRequestContext>, IOpenIddictServerHandler<ApplyConfigurationResponseContext>
{
    /// <summary>Adds the catalogue's scopes.</summary>
    public static OpenIddictServerHandlerDescriptor ScopesDescriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<HandleConfigurationRequestContext>()
            .UseScopedHandler<DiscoveryHandler>()
            .SetOrder(int.MaxValue - 100_000)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    /// <summary>Writes the configured issuer string.</summary>
    public static OpenIddictServerHandlerDescriptor IssuerDescriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ApplyConfigurationResponseContext>()
            .UseScopedHandler<DiscoveryHandler>()
            .SetOrder(int.MinValue + 50_000)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(HandleConfigurationRequestContext context)
    {
        await using var db = await contextFactory.CreateDbContextAsync(context.CancellationToken);
        var scopes = await db.Scopes.AsNoTracking().OrderBy(s => s.Name).Select(s => s.Name).ToListAsync(context.CancellationToken);
        context.Scopes.UnionWith(scopes);

        // OpenIddict lists the algorithms of its in-memory keys, which sign nothing clients see; ID tokens are signed with
        // the store's keys (SigningCredentialsHandler), all RS256 (SigningKeyFactory), and clients such as openid-client
        // refuse an ID token whose alg is not listed here.
        context.IdTokenSigningAlgorithms.Clear();
        context.IdTokenSigningAlgorithms.Add(SigningKeyFactory.Algorithm);
    }

    public ValueTask HandleAsync(ApplyConfigurationResponseContext context)
    {
        if (context.Response.Error is null)
        {
            context.Response[Metadata.Issuer] = options.Value.Issuer;
            string[] methods = [Metadata.TokenEndpointAuthMethodsSupported, Metadata.IntrospectionEndpointAuthMethodsSupported, Metadata.RevocationEndpointAuthMethodsSupported];
            foreach (var name in methods)
            {
                // RFC 8414 sets no order; the hub lists them as it always has, alphabetically.
                if (context.Response[name] is { } parameter)
                {
                    var values = parameter.GetUnnamedParameters().Select(value => value.ToString()).Order(StringComparer.Ordinal);
                    context.Response[name] = new OpenIddictParameter(JsonSerializer.SerializeToElement(values));
                }
            }

            // The algorithms the hub accepts in client assertions, at every endpoint that authenticates clients.
            var algorithms = new OpenIddictParameter(JsonSerializer.SerializeToElement(TokenValidationKeysHandler.AssertionAlgorithms));
            context.Response["token_endpoint_auth_signing_alg_values_supported"] = algorithms;
            context.Response["introspection_endpoint_auth_signing_alg_values_supported"] = algorithms;
            context.Response["revocation_endpoint_auth_signing_alg_values_supported"] = algorithms;
        }

        return default;
    }
}
