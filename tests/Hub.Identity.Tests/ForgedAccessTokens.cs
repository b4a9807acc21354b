using System.Security.Cryptography;
using System.Text;
using Hub.Identity.Keys;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Hub.Identity.Tests;

/// <summary>
/// Builds access tokens that differ from a genuine one in exactly one way, signed with the server's real key unless
/// the point is the signature, so each rejection proves one check.
/// </summary>
public sealed class ForgedAccessTokens(IdentityTestServer server, string clientId)
{
    public async Task<string> CreateAsync(
        string? typ = "at+jwt", string? issuer = null, string? audience = null, DateTime? expires = null,
        DateTime? notBefore = null, SigningCredentials? credentials = null)
    {
        var key = await server.GetRequiredService<SigningKeyRing>().GetSigningKeyAsync(CancellationToken.None);
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            TokenType = typ,
            Issuer = issuer ?? server.Issuer,
            Audience = audience ?? server.Resource,
            IssuedAt = now.AddMinutes(-2),
            NotBefore = notBefore,
            Expires = expires ?? now.AddMinutes(5),
            SigningCredentials = credentials ?? key.SigningCredentials,
            Claims = new Dictionary<string, object>
            {
                ["sub"] = clientId,
                ["client_id"] = clientId,
                ["jti"] = Guid.NewGuid().ToString("N"),
                ["scope"] = "clues.read",
            },
        });
    }

    public async Task<string> UnsignedAsync()
    {
        var parts = (await CreateAsync()).Split('.');
        var header = Base64UrlEncoder.Encode("{\"alg\":\"none\",\"typ\":\"at+jwt\"}");
        return $"{header}.{parts[1]}.";
    }

    /// <summary>HS256 with the server's public key (PEM) as the HMAC secret: the classic key-confusion attack.</summary>
    public async Task<string> SignedWithPublicKeyAsHmacSecretAsync()
    {
        var key = await server.GetRequiredService<SigningKeyRing>().GetSigningKeyAsync(CancellationToken.None);
        var jwk = (JsonWebKey)key.ValidationKey;
        using var rsa = RSA.Create(new RSAParameters { Modulus = Base64UrlEncoder.DecodeBytes(jwk.N), Exponent = Base64UrlEncoder.DecodeBytes(jwk.E) });
        var secret = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(rsa.ExportSubjectPublicKeyInfoPem())) { KeyId = key.KeyId };
        return await CreateAsync(credentials: new SigningCredentials(secret, SecurityAlgorithms.HmacSha256));
    }

    /// <summary>A genuine token whose payload was edited after signing.</summary>
    public static string Tampered(string token)
    {
        var parts = token.Split('.');
        var payload = Base64UrlEncoder.Decode(parts[1]).Replace("clues.read", "hub:admin", StringComparison.Ordinal);
        return $"{parts[0]}.{Base64UrlEncoder.Encode(payload)}.{parts[2]}";
    }

    /// <summary>Signed by a key the server never published, under the kid of the real one.</summary>
    public async Task<string> SignedByUnknownKeyAsync(bool reuseRealKid)
    {
        var realKey = await server.GetRequiredService<SigningKeyRing>().GetSigningKeyAsync(CancellationToken.None);
        var rogue = new RsaSecurityKey(RSA.Create(2048)) { KeyId = reuseRealKid ? realKey.KeyId : "rogue-kid" };
        return await CreateAsync(credentials: new SigningCredentials(rogue, SecurityAlgorithms.RsaSha256));
    }
}
