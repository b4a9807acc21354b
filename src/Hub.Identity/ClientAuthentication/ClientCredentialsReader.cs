using System.Text;
using Hub.Identity.Protocol;

namespace Hub.Identity.ClientAuthentication;

/// <summary>
/// Finds the client's credentials in a request: HTTP Basic with the RFC 6749 §2.3.1 form-encoding of id and secret,
/// <c>client_secret</c> in the body, or an RFC 7523 client assertion. Exactly one mechanism may be used.
/// </summary>
public static class ClientCredentialsReader
{
    /// <summary>The only <c>client_assertion_type</c> the hub accepts (RFC 7523 §2.2).</summary>
    public const string JwtBearerAssertionType = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static (PresentedClientCredentials? Credentials, OAuthError? Error) Read(HttpRequest request, OAuthForm form)
    {
        var header = request.Headers.Authorization.ToString();
        var bodyClientId = form["client_id"];
        var bodySecret = form["client_secret"];
        var assertion = form["client_assertion"];
        var assertionType = form["client_assertion_type"];

        var mechanisms = (header.Length > 0 ? 1 : 0) + (bodySecret is not null ? 1 : 0) + (assertion is not null ? 1 : 0);
        if (mechanisms > 1)
        {
            return (null, OAuthError.InvalidRequest("The client must authenticate with only one mechanism."));
        }

        if (header.Length > 0)
        {
            return ReadBasic(header, bodyClientId);
        }

        if (assertion is not null || assertionType is not null)
        {
            if (assertionType != JwtBearerAssertionType || assertion is null)
            {
                return (null, OAuthError.InvalidRequest(
                    $"A client assertion needs client_assertion_type '{JwtBearerAssertionType}' and a client_assertion."));
            }

            return (new PresentedClientCredentials(ClientAuthenticationMethod.PrivateKeyJwt, bodyClientId, null, assertion), null);
        }

        if (bodySecret is not null && bodyClientId is not null)
        {
            return (new PresentedClientCredentials(ClientAuthenticationMethod.ClientSecretPost, bodyClientId, bodySecret, null), null);
        }

        return (null, OAuthError.InvalidClient("The client did not authenticate.", usedBasic: true));
    }

    private static (PresentedClientCredentials?, OAuthError?) ReadBasic(string header, string? bodyClientId)
    {
        const string scheme = "Basic ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return (null, OAuthError.InvalidRequest("The token endpoint accepts only the Basic authorization scheme."));
        }

        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(header[scheme.Length..].Trim());
        }
        catch (FormatException)
        {
            return (null, OAuthError.InvalidRequest("The Basic credentials are not valid base64."));
        }

        string decoded;
        try
        {
            // Strict: a lenient decoder would turn invalid bytes into U+FFFD and compare that as the secret.
            decoded = s_strictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return (null, OAuthError.InvalidRequest("The Basic credentials are not UTF-8."));
        }

        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return (null, OAuthError.InvalidRequest("The Basic credentials lack the ':' between client id and secret."));
        }

        if (!FormUrlDecoder.TryDecode(decoded[..colon], out var clientId) ||
            !FormUrlDecoder.TryDecode(decoded[(colon + 1)..], out var secret))
        {
            return (null, OAuthError.InvalidRequest(
                "The Basic credentials are not form-encoded as RFC 6749 section 2.3.1 requires."));
        }

        if (clientId.Length == 0 || secret.Length == 0)
        {
            return (null, OAuthError.InvalidRequest("The Basic credentials have an empty client id or secret."));
        }

        if (bodyClientId is not null && bodyClientId != clientId)
        {
            return (null, OAuthError.InvalidRequest("The client_id in the body differs from the one in the Authorization header."));
        }

        return (new PresentedClientCredentials(ClientAuthenticationMethod.ClientSecretBasic, clientId, secret, null), null);
    }
}
