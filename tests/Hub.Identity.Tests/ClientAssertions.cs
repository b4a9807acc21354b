using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Hub.Identity.Tests;

/// <summary>Signs RFC 7523 client assertions with a test client's private key.</summary>
public static class ClientAssertions
{
    public static string Create(
        RSA key, string keyId, string clientId, string audience, string? jti = null, TimeSpan? lifetime = null, string? subject = null)
    {
        var now = DateTime.UtcNow;
        var claims = new Dictionary<string, object> { ["sub"] = subject ?? clientId };
        if (jti is not null || lifetime is null)
        {
            claims["jti"] = jti ?? Guid.NewGuid().ToString("N");
        }

        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = clientId,
            Audience = audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + (lifetime ?? TimeSpan.FromMinutes(1)),
            Claims = claims,
            TokenType = "client-authentication+jwt",
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(key) { KeyId = keyId }, SecurityAlgorithms.RsaSha256),
        });
    }

    public static (string, string)[] Form(string assertion, params (string, string)[] extra) =>
    [
        ("grant_type", "client_credentials"),
        ("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"),
        ("client_assertion", assertion),
        .. extra,
    ];
}
