using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Hub.Identity.Server;

/// <summary>
/// The token response as agencies have always read it: <c>scope</c> always present (RFC 6749 §5.1 lets a server omit
/// it when it equals the request), and <c>expires_in</c> the token's lifetime, not the time left once the response is
/// written (OpenIddict's, which rounds a slow request down by a second).
/// </summary>
public sealed class TokenResponseHandler : IOpenIddictServerHandler<ProcessSignInContext>
{
    /// <summary>Runs after OpenIddict attached the response parameters.</summary>
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ProcessSignInContext>()
            .AddFilter<OpenIddictServerHandlerFilters.RequireAccessTokenGenerated>()
            .UseSingletonHandler<TokenResponseHandler>()
            .SetOrder(OpenIddictServerHandlers.AttachSignInParameters.Descriptor.Order + 500)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(ProcessSignInContext context)
    {
        if (context.AccessTokenPrincipal is { } principal)
        {
            context.Response.Scope = string.Join(' ', principal.GetScopes());
            if (principal.GetExpirationDate() is { } expires && principal.GetCreationDate() is { } created)
            {
                context.Response.ExpiresIn = (long)Math.Round((expires - created).TotalSeconds);
            }
        }

        return default;
    }
}
