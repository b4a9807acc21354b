using Hub.Identity.Keys;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Hub.Identity.Server;

/// <summary>
/// Signs access tokens and ID tokens (which clients verify with the published JWKS) with the hub's active key from the encrypted, rotating key store (<see cref="SigningKeyRing"/>)
/// rather than with a credential fixed in OpenIddict's options at start-up, so a rotation made by any replica or by the
/// CLI applies without a restart.
/// </summary>
public sealed class SigningCredentialsHandler(SigningKeyRing keyRing) : IOpenIddictServerHandler<GenerateTokenContext>
{
    /// <summary>Runs after OpenIddict attached its default credentials.</summary>
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<GenerateTokenContext>()
            .UseSingletonHandler<SigningCredentialsHandler>()
            .SetOrder(OpenIddictServerHandlers.Protection.AttachSecurityCredentials.Descriptor.Order + 500)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(GenerateTokenContext context)
    {
        if (context.TokenType is TokenTypeIdentifiers.AccessToken or TokenTypeIdentifiers.IdentityToken)
        {
            context.SigningCredentials = (await keyRing.GetSigningKeyAsync(context.CancellationToken)).SigningCredentials;
        }
    }
}
