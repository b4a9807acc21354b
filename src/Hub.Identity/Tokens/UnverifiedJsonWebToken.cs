using Microsoft.IdentityModel.JsonWebTokens;

namespace Hub.Identity.Tokens;

/// <summary>
/// Reads a JWT's header and claims before anything is verified, to pick the key or the client that then verifies it.
/// <see cref="JsonWebTokenHandler.CanReadToken"/> only checks the shape (three or five dot-separated parts), and
/// reading a part that is not base64url JSON throws: caller-supplied strings such as <c>a.b.c</c> must come back as
/// "unreadable", never as an exception that turns an invalid token into a 500.
/// </summary>
public static class UnverifiedJsonWebToken
{
    /// <summary>The token's unverified header and claims, or null when <paramref name="token"/> is not a readable JWT.</summary>
    public static JsonWebToken? TryRead(JsonWebTokenHandler handler, string? token)
    {
        if (string.IsNullOrEmpty(token) || !handler.CanReadToken(token))
        {
            return null;
        }

        try
        {
            return handler.ReadJsonWebToken(token);
        }
        catch (ArgumentException)
        {
            // IdentityModel reports undecodable parts as ArgumentException (SecurityTokenMalformedException derives from it).
            return null;
        }
    }
}
