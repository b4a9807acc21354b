using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;

namespace Hub.Testing;

/// <summary>The JSON Web Key Set an agency registers for <c>private_key_jwt</c>: one RSA signing key.</summary>
public static class AgencyJwks
{
    /// <summary>
    /// The set holding <paramref name="key"/> as <paramref name="keyId"/>; with <paramref name="includePrivate"/> it
    /// also carries the private exponent, which a registration must refuse.
    /// </summary>
    public static string Of(RSA key, string keyId, bool includePrivate = false)
    {
        var parameters = key.ExportParameters(includePrivate);
        var jwk = new Dictionary<string, string>
        {
            ["kty"] = "RSA",
            ["kid"] = keyId,
            ["use"] = "sig",
            ["alg"] = "RS256",
            ["n"] = Base64Url.EncodeToString(parameters.Modulus),
            ["e"] = Base64Url.EncodeToString(parameters.Exponent),
        };
        if (includePrivate)
        {
            jwk["d"] = Base64Url.EncodeToString(parameters.D);
        }

        return JsonSerializer.Serialize(new { keys = new[] { jwk } });
    }
}
