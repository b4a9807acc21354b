using System.Security.Cryptography;
using System.Text.Json;
using Hub.Identity.Storage;
using Microsoft.IdentityModel.Tokens;

namespace Hub.Identity.Keys;

/// <summary>Creates RS256 signing keys: a fresh RSA key, its public JWK and its encrypted private part.</summary>
public sealed class SigningKeyFactory(KeyEncryptionKey keyEncryptionKey)
{
    /// <summary>RSA modulus size of new keys.</summary>
    public const int RsaKeySize = 2048;

    /// <summary>The JWS algorithm of every key it creates.</summary>
    public const string Algorithm = SecurityAlgorithms.RsaSha256;

    public SigningKey Create(DateTimeOffset now, DateTimeOffset activatesAt, DateTimeOffset retiresAt, TimeSpan verifyAfterRetirement)
    {
        using var rsa = RSA.Create(RsaKeySize);
        var publicParameters = rsa.ExportParameters(includePrivateParameters: false);
        var keyId = Base64UrlEncoder.Encode(new RsaSecurityKey(publicParameters).ComputeJwkThumbprint());

        // Built from the public parameters only: converting the private key would carry d, p, q… into the JWK.
        var publicJwk = JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = keyId,
            ["alg"] = Algorithm,
            ["n"] = Base64UrlEncoder.Encode(publicParameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(publicParameters.Exponent),
        });

        return new SigningKey
        {
            KeyId = keyId,
            Algorithm = Algorithm,
            PublicJwk = publicJwk,
            ProtectedPrivateKey = keyEncryptionKey.Protect(keyId, rsa.ExportPkcs8PrivateKey()),
            CreatedAt = now,
            ActivatesAt = activatesAt,
            RetiresAt = retiresAt,
            ExpiresAt = retiresAt + verifyAfterRetirement,
        };
    }
}
