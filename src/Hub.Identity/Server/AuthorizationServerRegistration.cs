using System.Security.Cryptography;
using Hub.Identity.SignIn;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Hub.Identity.Server;

/// <summary>
/// The OpenIddict server as the hub runs it: client credentials, and people signing in (<see cref="SignInRegistration"/>), at the hub's paths, in degraded mode with the
/// hub's handlers for what OpenIddict would otherwise read from its own stores (README.md: "The server on OpenIddict").
/// </summary>
public static class AuthorizationServerRegistration
{
    /// <summary>Adds the OpenIddict server, its ASP.NET Core host and the hub's handlers.</summary>
    public static IServiceCollection AddHubAuthorizationServer(this IServiceCollection services, HubIdentityOptions settings)
    {
        services.AddSingleton<ClientAssertionReplayGuard>();
        services.AddHubSignInServices();
        services.AddOpenIddict().AddServer(server =>
        {
            server.SetIssuer(new Uri(settings.Issuer, UriKind.Absolute))
                .SetTokenEndpointUris(Relative(IdentityEndpointPaths.Token))
                .SetIntrospectionEndpointUris(Relative(IdentityEndpointPaths.Introspection))
                .SetRevocationEndpointUris(Relative(IdentityEndpointPaths.Revocation))
                .SetJsonWebKeySetEndpointUris(Relative(IdentityEndpointPaths.Jwks))
                .SetConfigurationEndpointUris(Relative(IdentityEndpointPaths.OpenIdConfiguration), Relative(IdentityEndpointPaths.OAuthMetadata))
                .AllowClientCredentialsFlow()
                .SetAccessTokenLifetime(settings.DefaultTokenLifetime)
                .DisableAccessTokenEncryption()
                .EnableDegradedMode();

            // OpenIddict insists on an asymmetric signing key at start-up; the hub signs access and ID tokens with the keys
            // of its own store (SigningCredentialsHandler, JsonWebKeySetHandler), so this in-memory one never signs anything.
            // An EC key, not OpenIddict's ephemeral RSA one: generating that held up a loaded host's first request by
            // seconds. Codes and refresh tokens use the keys AddHubSignIn derives.
            server.AddSigningKey(new ECDsaSecurityKey(ECDsa.Create(ECCurve.NamedCurves.nistP256)));
            server.AddHubSignIn(settings);

            server.UseAspNetCore().DisableTransportSecurityRequirement();
            server.Configure(options => options.TokenValidationParameters.ClockSkew = ClockSkew(settings));

            // The hub's catalogue and resources are checked by ClientCredentialsGrantHandler: the catalogue changes at run
            // time, and RFC 8707 §2 answers a malformed resource with invalid_target, where OpenIddict says invalid_request.
            server.DisableResourceValidation().IgnoreResourcePermissions();
            server.RemoveEventHandler(OpenIddictServerHandlers.Exchange.ValidateScopes.Descriptor)
                .RemoveEventHandler(OpenIddictServerHandlers.Exchange.ValidateResourceParameter.Descriptor);
            server.AddEventHandler(RequestParameterPolicy<ExtractTokenRequestContext>.Descriptor)
                .AddEventHandler(RequestParameterPolicy<ExtractIntrospectionRequestContext>.Descriptor)
                .AddEventHandler(RequestParameterPolicy<ExtractRevocationRequestContext>.Descriptor)
                .AddEventHandler(TokenValidationKeysHandler.Descriptor)
                .AddEventHandler(ClientAuthenticationHandler.Descriptor)
                .AddEventHandler(ClientCredentialsGrantHandler.Descriptor)
                .AddEventHandler(AccessTokenIssuerHandler.Descriptor)
                .AddEventHandler(AccessTokenIssuerHandler.IdentityTokenDescriptor)
                .AddEventHandler(SigningCredentialsHandler.Descriptor)
                .AddEventHandler(IssuedTokenRecorder.Descriptor)
                .AddEventHandler(IntrospectionHandler.ValidationDescriptor)
                .AddEventHandler(IntrospectionHandler.ClaimsDescriptor)
                .AddEventHandler(RevocationHandler.Descriptor)
                .AddEventHandler(TokenResponseHandler.Descriptor)
                .AddEventHandler(ResponseConventions<ApplyTokenResponseContext>.Descriptor)
                .AddEventHandler(ResponseConventions<ApplyIntrospectionResponseContext>.Descriptor)
                .AddEventHandler(ResponseConventions<ApplyRevocationResponseContext>.Descriptor)
                .AddEventHandler(FailedAuthenticationAudit<ApplyTokenResponseContext>.Descriptor)
                .AddEventHandler(FailedAuthenticationAudit<ApplyIntrospectionResponseContext>.Descriptor)
                .AddEventHandler(FailedAuthenticationAudit<ApplyRevocationResponseContext>.Descriptor)
                .AddEventHandler(JsonWebKeySetHandler.Descriptor)
                .AddEventHandler(DiscoveryHandler.ScopesDescriptor)
                .AddEventHandler(DiscoveryHandler.IssuerDescriptor);
        });
        services.Configure<OpenIddict.Server.AspNetCore.OpenIddictServerAspNetCoreOptions>(options => options.Realm = Protocol.OAuthErrorCodes.Realm);
        return services;
    }

    private static TimeSpan ClockSkew(HubIdentityOptions settings) =>
        settings.ClockSkew < TimeSpan.FromSeconds(30) ? settings.ClockSkew : TimeSpan.FromSeconds(30);

    private static string Relative(string path) => path.TrimStart('/');
}
