using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Hub.Identity.ClientAuthentication;

/// <summary>
/// Hashes client secrets as OpenIddict does: PBKDF2-HMAC-SHA256, 10,000 iterations, 128-bit salt, 256-bit subkey, in the
/// ASP.NET Core Identity v3 layout (0x01, PRF, iterations, salt length, salt, subkey), base64; compared in constant time.
/// </summary>
public static class ClientSecretHasher
{
    private const byte FormatMarker = 0x01;
    private const uint PrfHmacSha256 = 1;
    private const int Iterations = 10_000;
    private const int SaltSize = 16;
    private const int SubkeySize = 32;
    private const int HeaderSize = 13;

    /// <summary>Hashes <paramref name="secret"/> with a fresh salt.</summary>
    public static string Hash(string secret)
    {
        var output = new byte[HeaderSize + SaltSize + SubkeySize];
        output[0] = FormatMarker;
        BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(1), PrfHmacSha256);
        BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(5), Iterations);
        BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(9), SaltSize);
        var salt = output.AsSpan(HeaderSize, SaltSize);
        RandomNumberGenerator.Fill(salt);
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(secret), salt, output.AsSpan(HeaderSize + SaltSize),
            Iterations, HashAlgorithmName.SHA256);
        return Convert.ToBase64String(output);
    }

    /// <summary>True if <paramref name="secret"/> matches <paramref name="hash"/>; false for any malformed hash.</summary>
    public static bool Verify(string hash, string secret)
    {
        byte[] stored;
        try
        {
            stored = Convert.FromBase64String(hash);
        }
        catch (FormatException)
        {
            return false;
        }

        if (stored.Length < HeaderSize || stored[0] != FormatMarker)
        {
            return false;
        }

        var prf = BinaryPrimitives.ReadUInt32BigEndian(stored.AsSpan(1));
        var iterations = (int)BinaryPrimitives.ReadUInt32BigEndian(stored.AsSpan(5));
        var saltSize = (int)BinaryPrimitives.ReadUInt32BigEndian(stored.AsSpan(9));
        var algorithm = prf switch
        {
            0 => HashAlgorithmName.SHA1,
            1 => HashAlgorithmName.SHA256,
            2 => HashAlgorithmName.SHA512,
            _ => default,
        };
        var subkeySize = stored.Length - HeaderSize - saltSize;
        if (algorithm == default || iterations <= 0 || saltSize < 16 || subkeySize < 16)
        {
            return false;
        }

        Span<byte> actual = stackalloc byte[subkeySize];
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(secret), stored.AsSpan(HeaderSize, saltSize), actual, iterations, algorithm);
        return CryptographicOperations.FixedTimeEquals(actual, stored.AsSpan(HeaderSize + saltSize));
    }
}
