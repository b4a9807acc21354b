using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Hub.Identity.Server;

/// <summary>
/// Treats a verified client assertion as a client assertion whatever its <c>typ</c>: RFC 7523 sets none, and client
/// libraries (openid-client among them) send <c>JWT</c> or nothing, which OpenIddict 7 would read as an identity token
/// and refuse. <see cref="TokenValidationKeysHandler"/> has already refused an access token's type.
/// </summary>
public sealed class ClientAssertionTypeHandler : IOpenIddictServerHandler<ValidateTokenContext>
{
    /// <summary>Runs after the signature was verified, before OpenIddict compares the token's type.</summary>
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ValidateTokenContext>()
            .UseSingletonHandler<ClientAssertionTypeHandler>()
            .SetOrder(OpenIddictServerHandlers.Protection.ValidatePrincipal.Descriptor.Order - 500)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(ValidateTokenContext context)
    {
        if (context.Principal is { } principal && context.ValidTokenTypes.Count == 1 &&
            context.ValidTokenTypes.Contains(TokenTypeIdentifiers.Private.ClientAssertion))
        {
            principal.SetTokenType(TokenTypeIdentifiers.Private.ClientAssertion);
        }

        return default;
    }
}
