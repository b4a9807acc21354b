using Hub.Identity.Keys;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Hub.Identity.Server;

/// <summary>
/// Publishes the hub's key set instead of OpenIddict's start-up credentials: the public part of every published key,
/// including a successor not yet signing and retired keys whose tokens may still be alive. The JWKs were built from
/// public parameters only, so no private member can appear.
/// </summary>
public sealed class JsonWebKeySetHandler(SigningKeyRing keyRing) : IOpenIddictServerHandler<HandleJsonWebKeySetRequestContext>
{
    /// <summary>Runs after OpenIddict listed its own credentials, which it replaces.</summary>
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<HandleJsonWebKeySetRequestContext>()
            .UseSingletonHandler<JsonWebKeySetHandler>()
            .SetOrder(int.MaxValue - 100_000)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(HandleJsonWebKeySetRequestContext context)
    {
        var keys = await keyRing.GetPublishedKeysAsync(context.CancellationToken);
        context.Keys.Clear();
        context.Keys.AddRange(keys.OrderBy(k => k.ActivatesAt).Select(k => new JsonWebKey(k.PublicJwk)));
    }
}
