using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Hub.Data.Import;

/// <summary>
/// A 128-bit XXH3 hash that stands for a key in the sets an import keeps for a whole file (upsert keys seen, persons
/// registered). A million strings held to the end of a load would be traced by every garbage collection; a million
/// fingerprints sit in one pointer-free array. Two distinct keys share a fingerprint with a probability of about
/// n²/2¹²⁹, below 10⁻²⁶ for a billion keys.
/// </summary>
internal static class KeyFingerprint
{
    /// <summary>The fingerprint of one key.</summary>
    public static UInt128 Of(ReadOnlySpan<char> key) => XxHash128.HashToUInt128(MemoryMarshal.AsBytes(key));

    /// <summary>The fingerprint of a two-part key whose first part is short (an agency code): length-prefixed, so the parts cannot run into each other.</summary>
    public static UInt128 Of(string first, string second)
    {
        var length = 1 + first.Length + second.Length;
        Span<char> joined = length <= 256 ? stackalloc char[length] : new char[length];
        joined[0] = (char)first.Length;
        first.CopyTo(joined[1..]);
        second.CopyTo(joined[(1 + first.Length)..]);
        return Of(joined);
    }
}
