using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Hub.Identity.Server;

/// <summary>
/// Puts the configured issuer string in the access token's <c>iss</c>, exactly as the metadata document names it
/// (RFC 8414 §3.3): OpenIddict would write the issuer URI's normalised form, with a trailing slash. Drops OpenIddict's
/// private presenter claim, which the token's public <c>client_id</c> already states (RFC 9068 §2.2).
/// </summary>
public sealed class AccessTokenIssuerHandler(IOptions<HubIdentityOptions> options) : IOpenIddictServerHandler<ProcessSignInContext>
{
    /// <summary>Runs after OpenIddict prepared the access token's principal.</summary>
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ProcessSignInContext>()
            .AddFilter<OpenIddictServerHandlerFilters.RequireAccessTokenGenerated>()
            .UseSingletonHandler<AccessTokenIssuerHandler>()
            .SetOrder(OpenIddictServerHandlers.PrepareAccessTokenPrincipal.Descriptor.Order + 500)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    /// <summary>The same for the ID token of a person's sign-in (OpenID Connect Core §3.1.3.7: <c>iss</c> must equal the metadata's issuer).</summary>
    public static OpenIddictServerHandlerDescriptor IdentityTokenDescriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ProcessSignInContext>()
            .AddFilter<OpenIddictServerHandlerFilters.RequireIdentityTokenGenerated>()
            .UseSingletonHandler<AccessTokenIssuerHandler>()
            .SetOrder(OpenIddictServerHandlers.PrepareIdentityTokenPrincipal.Descriptor.Order + 500)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(ProcessSignInContext context)
    {
        context.AccessTokenPrincipal?.SetClaim(Claims.Private.Issuer, options.Value.Issuer)
            .RemoveClaims(Claims.Private.Presenter);
        context.IdentityTokenPrincipal?.SetClaim(Claims.Private.Issuer, options.Value.Issuer);
        return default;
    }
}
