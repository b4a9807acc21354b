using Microsoft.Extensions.Options;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Hub.Identity.SignIn;

/// <summary>
/// The <c>iss</c> parameter of the authorization response (RFC 9207) exactly as the metadata document names the
/// issuer: a client compares the two as strings, and OpenIddict would write its normalised form, with a trailing slash.
/// </summary>
public sealed class AuthorizationResponseIssuer(IOptions<HubIdentityOptions> options) : IOpenIddictServerHandler<ApplyAuthorizationResponseContext>
{
    /// <summary>Runs after OpenIddict attached its issuer, before the response is written.</summary>
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ApplyAuthorizationResponseContext>()
            .UseSingletonHandler<AuthorizationResponseIssuer>()
            .SetOrder(OpenIddictServerHandlers.Authentication.AttachIssuer.Descriptor.Order + 500)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(ApplyAuthorizationResponseContext context)
    {
        if (context.Response[Parameters.Iss] is not null)
        {
            context.Response[Parameters.Iss] = options.Value.Issuer;
        }

        return default;
    }
}
