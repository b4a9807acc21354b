using System.Security.Cryptography;
using Hub.Identity.Storage;
using Microsoft.IdentityModel.Tokens;

namespace Hub.Identity.Keys;

/// <summary>A signing key as one replica holds it in memory: its public key for validation and, lazily, its signer.</summary>
public sealed class PublishedSigningKey
{
    private readonly Lazy<SigningCredentials> _signingCredentials;

    public PublishedSigningKey(SigningKey stored, KeyEncryptionKey keyEncryptionKey)
    {
        KeyId = stored.KeyId;
        Algorithm = stored.Algorithm;
        PublicJwk = stored.PublicJwk;
        ActivatesAt = stored.ActivatesAt;
        RetiresAt = stored.RetiresAt;
        ExpiresAt = stored.ExpiresAt;
        ValidationKey = new JsonWebKey(stored.PublicJwk);
        var protectedPrivateKey = stored.ProtectedPrivateKey;
        _signingCredentials = new Lazy<SigningCredentials>(() =>
        {
            var rsa = RSA.Create();
            rsa.ImportPkcs8PrivateKey(keyEncryptionKey.Unprotect(KeyId, protectedPrivateKey), out _);
            return new SigningCredentials(new RsaSecurityKey(rsa) { KeyId = KeyId }, Algorithm);
        });
    }

    public string KeyId { get; }

    public string Algorithm { get; }

    /// <summary>The public JWK JSON exactly as published.</summary>
    public string PublicJwk { get; }

    public DateTimeOffset ActivatesAt { get; }

    public DateTimeOffset RetiresAt { get; }

    public DateTimeOffset ExpiresAt { get; }

    /// <summary>The public key that verifies tokens signed with this key.</summary>
    public SecurityKey ValidationKey { get; }

    /// <summary>The private signer, decrypted on first use.</summary>
    public SigningCredentials SigningCredentials => _signingCredentials.Value;

    public bool SignsAt(DateTimeOffset now) => ActivatesAt <= now && now < RetiresAt;
}
