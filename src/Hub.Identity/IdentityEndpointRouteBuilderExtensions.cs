using Hub.Identity.Endpoints;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hub.Identity;

/// <summary>Maps the authorization server's endpoints.</summary>
public static class IdentityEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps token, introspection, revocation (POST), discovery at both well-known paths and the JWKS (GET); each answers
    /// 503 <c>temporarily_unavailable</c> while the identity store is unreachable.
    /// </summary>
    public static IEndpointRouteBuilder MapHubIdentity(this IEndpointRouteBuilder endpoints)
    {
        var services = endpoints.ServiceProvider;
        var answer = new StoreOutageAnswer(services.GetRequiredService<ILoggerFactory>().CreateLogger<StoreOutageAnswer>());
        var discovery = services.GetRequiredService<DiscoveryEndpoint>();
        IEndpointConventionBuilder[] mapped =
        [
            endpoints.MapPost(IdentityEndpointPaths.Token, answer.Around(services.GetRequiredService<TokenEndpoint>().HandleAsync)),
            endpoints.MapPost(IdentityEndpointPaths.Introspection, answer.Around(services.GetRequiredService<IntrospectionEndpoint>().HandleAsync)),
            endpoints.MapPost(IdentityEndpointPaths.Revocation, answer.Around(services.GetRequiredService<RevocationEndpoint>().HandleAsync)),
            endpoints.MapGet(IdentityEndpointPaths.OAuthMetadata, answer.Around(discovery.HandleAsync)),
            endpoints.MapGet(IdentityEndpointPaths.OpenIdConfiguration, answer.Around(discovery.HandleAsync)),
            endpoints.MapGet(IdentityEndpointPaths.Jwks, answer.Around(services.GetRequiredService<JwksEndpoint>().HandleAsync)),
        ];
        foreach (var endpoint in mapped)
        {
            endpoint.WithMetadata(AuthorizationServerEndpoint.Instance);
        }

        return endpoints;
    }
}
