using System.Text;
using Hub.Identity.Keys;

namespace Hub.Identity.Endpoints;

/// <summary>
/// The JSON Web Key Set: the public part of every published key, including a successor not yet signing and retired keys
/// whose tokens may still be alive. The JWKs were built from public parameters only, so no private member can appear.
/// </summary>
public sealed class JwksEndpoint(SigningKeyRing keyRing)
{
    public async Task HandleAsync(HttpContext context)
    {
        var keys = await keyRing.GetPublishedKeysAsync(context.RequestAborted);
        var json = new StringBuilder("{\"keys\":[");
        json.AppendJoin(',', keys.OrderBy(k => k.ActivatesAt).Select(k => k.PublicJwk));
        json.Append("]}");

        // Shorter than the publication lead, so caches see a new key before it signs.
        context.Response.Headers.CacheControl = "public, max-age=300";
        context.Response.ContentType = "application/jwk-set+json";
        await context.Response.WriteAsync(json.ToString(), context.RequestAborted);
    }
}
