using System.Security.Cryptography;
using System.Text;
using Hub.Identity.Keys;

namespace Hub.Identity.Audit;

/// <summary>
/// The keyed hash (HMAC-SHA256, DOMAIN.md §6.2-3) under which the audit trail names a person instead of their identity
/// number: "who looked at this person?" is answered by hashing the number asked about, while the trail itself, read by
/// auditors who may see no payloads, holds nothing to brute-force without the key. The key is derived from
/// <c>Identity:KeyEncryptionKey</c>, so every replica and the CLI hash alike.
/// </summary>
public sealed class PersonKeyHash(KeyEncryptionKey keyEncryptionKey)
{
    private readonly byte[] _key = keyEncryptionKey.Derive("hub/audit/person-key-hash/v1");

    /// <summary>The hash of a canonical citizen identity number, as 64 lowercase hex digits.</summary>
    public string Hash(string idNumber) => Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(idNumber)));
}
