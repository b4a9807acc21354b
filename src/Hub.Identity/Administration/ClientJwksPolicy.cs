using System.Text.Json;

namespace Hub.Identity.Administration;

/// <summary>
/// Checks a client's JWKS before it is stored for <c>private_key_jwt</c>: valid JSON with at least one RSA or EC key and
/// no private member, so a leaked private key is refused rather than kept in the database.
/// </summary>
public static class ClientJwksPolicy
{
    private static readonly string[] s_privateMembers = ["d", "p", "q", "dp", "dq", "qi", "oth", "k"];

    public static void Validate(string jwks)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(jwks);
        }
        catch (JsonException exception)
        {
            throw Refused($"The client JWKS is not valid JSON: {exception.Message}");
        }

        using (document)
        {
            if (!document.RootElement.TryGetProperty("keys", out var keys) || keys.ValueKind != JsonValueKind.Array || keys.GetArrayLength() == 0)
            {
                throw Refused("The client JWKS must have a non-empty 'keys' array.");
            }

            var index = 0;
            foreach (var key in keys.EnumerateArray())
            {
                var kty = key.TryGetProperty("kty", out var type) ? type.GetString() : null;
                if (kty is not ("RSA" or "EC"))
                {
                    throw Refused($"Key {index} of the client JWKS has kty '{kty}'; only RSA and EC keys are accepted.");
                }

                var leaked = s_privateMembers.Where(m => key.TryGetProperty(m, out _)).ToList();
                if (leaked.Count > 0)
                {
                    throw Refused(
                        $"Key {index} of the client JWKS contains private members ({string.Join(", ", leaked)}); register the public key only.");
                }

                index++;
            }
        }
    }

    private static IdentityAdministrationException Refused(string message) =>
        new(AdministrationProblem.InvalidClientSettings, "jwks", message);
}
