using Hub.Identity.Endpoints;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Identity;

/// <summary>Maps the authorization server's endpoints.</summary>
public static class IdentityEndpointRouteBuilderExtensions
{
    /// <summary>Maps token, introspection, revocation (POST), discovery at both well-known paths and the JWKS (GET).</summary>
    public static IEndpointRouteBuilder MapHubIdentity(this IEndpointRouteBuilder endpoints)
    {
        var services = endpoints.ServiceProvider;
        var discovery = services.GetRequiredService<DiscoveryEndpoint>();
        IEndpointConventionBuilder[] mapped =
        [
            endpoints.MapPost(IdentityEndpointPaths.Token, services.GetRequiredService<TokenEndpoint>().HandleAsync),
            endpoints.MapPost(IdentityEndpointPaths.Introspection, services.GetRequiredService<IntrospectionEndpoint>().HandleAsync),
            endpoints.MapPost(IdentityEndpointPaths.Revocation, services.GetRequiredService<RevocationEndpoint>().HandleAsync),
            endpoints.MapGet(IdentityEndpointPaths.OAuthMetadata, discovery.HandleAsync),
            endpoints.MapGet(IdentityEndpointPaths.OpenIdConfiguration, discovery.HandleAsync),
            endpoints.MapGet(IdentityEndpointPaths.Jwks, services.GetRequiredService<JwksEndpoint>().HandleAsync),
        ];
        foreach (var endpoint in mapped)
        {
            endpoint.WithMetadata(AuthorizationServerEndpoint.Instance);
        }

        return endpoints;
    }
}
