using System.Security.Cryptography;
using System.Text;

namespace Hub.Identity.Keys;

/// <summary>
/// Protects private signing keys at rest with AES-256-GCM under the key-encryption key from configuration. The key id is
/// bound as associated data, so a protected key cannot be moved to another row unnoticed.
/// </summary>
public sealed class KeyEncryptionKey
{
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly byte[] _key;

    public KeyEncryptionKey(string? base64Key)
    {
        if (string.IsNullOrWhiteSpace(base64Key))
        {
            throw new InvalidOperationException(
                "Identity:KeyEncryptionKey is not configured: set it to the base64 of 32 random bytes " +
                "(e.g. `openssl rand -base64 32`); it encrypts the private signing keys stored in the database.");
        }

        byte[] key;
        try
        {
            key = Convert.FromBase64String(base64Key);
        }
        catch (FormatException)
        {
            throw new InvalidOperationException("Identity:KeyEncryptionKey is not valid base64.");
        }

        _key = key.Length == 32
            ? key
            : throw new InvalidOperationException(
                $"Identity:KeyEncryptionKey must decode to 32 bytes (AES-256); it decodes to {key.Length}.");
    }

    /// <summary>
    /// A 256-bit key for <paramref name="purpose"/> derived from this one (HKDF-SHA256), so one configured secret serves
    /// several uses without one use's key revealing another's.
    /// </summary>
    public byte[] Derive(string purpose) =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, _key, 32, info: Encoding.UTF8.GetBytes(purpose));

    /// <summary>Encrypts <paramref name="plaintext"/> for the key <paramref name="keyId"/>: nonce ‖ tag ‖ ciphertext.</summary>
    public byte[] Protect(string keyId, ReadOnlySpan<byte> plaintext)
    {
        var output = new byte[NonceSize + TagSize + plaintext.Length];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key, TagSize);
        aes.Encrypt(nonce, plaintext, output.AsSpan(NonceSize + TagSize), output.AsSpan(NonceSize, TagSize),
            Encoding.UTF8.GetBytes(keyId));
        return output;
    }

    /// <summary>Decrypts what <see cref="Protect"/> produced; fails if the data or the key id was altered.</summary>
    public byte[] Unprotect(string keyId, byte[] protectedData)
    {
        if (protectedData.Length < NonceSize + TagSize)
        {
            throw new CryptographicException($"The protected private key of signing key '{keyId}' is truncated.");
        }

        var plaintext = new byte[protectedData.Length - NonceSize - TagSize];
        using var aes = new AesGcm(_key, TagSize);
        try
        {
            aes.Decrypt(protectedData.AsSpan(0, NonceSize), protectedData.AsSpan(NonceSize + TagSize),
                protectedData.AsSpan(NonceSize, TagSize), plaintext, Encoding.UTF8.GetBytes(keyId));
        }
        catch (AuthenticationTagMismatchException exception)
        {
            throw new CryptographicException(
                $"Signing key '{keyId}' cannot be decrypted: Identity:KeyEncryptionKey differs from the key it was stored under.",
                exception);
        }

        return plaintext;
    }
}
