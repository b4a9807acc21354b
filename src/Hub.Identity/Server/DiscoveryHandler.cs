using Hub.Identity.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Hub.Identity.Server;

/// <summary>
/// Completes OpenIddict's metadata document (RFC 8414, served at both well-known paths): the scopes of the hub's
/// catalogue, which administrators change at run time, and the issuer exactly as configured and as the tokens carry it.
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
    }

    public ValueTask HandleAsync(ApplyConfigurationResponseContext context)
    {
        if (context.Response.Error is null)
        {
            context.Response[Metadata.Issuer] = options.Value.Issuer;
        }

        return default;
    }
}
