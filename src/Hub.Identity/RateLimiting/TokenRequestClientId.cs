using System.Net;
using System.Text;
using Hub.Identity.Storage;
using Microsoft.Net.Http.Headers;

namespace Hub.Identity.RateLimiting;

/// <summary>
/// The client id a token request names, read before the rate limiter decides: from Basic authentication, else from the
/// form's <c>client_id</c>. The form is read through ASP.NET Core's form feature, which keeps it for the token endpoint
/// (and for OpenIddict) to read again without parsing the body twice; a body the form reader refuses is rewound so the
/// endpoint gives its own error.
/// </summary>
internal static class TokenRequestClientId
{
    private static readonly object s_key = new();

    /// <summary>The client id found by <see cref="ReadAsync"/>, or null (not a token request, none named, unreadable).</summary>
    public static string? Of(HttpContext context) => context.Items.TryGetValue(s_key, out var id) ? id as string : null;

    /// <summary>Finds the client id of a POST to the token endpoint and keeps it for <see cref="Of"/>.</summary>
    public static async Task ReadAsync(HttpContext context)
    {
        if (!IsTokenRequest(context))
        {
            return;
        }

        // A name longer than any client id is no client's: the address's bucket alone applies, and no bucket is kept for it.
        var clientId = FromBasic(context.Request) ?? (await ReadFormAsync(context))?.ClientId();
        context.Items[s_key] = clientId is { Length: <= Client.MaxClientIdLength } ? clientId : null;
    }

    public static bool IsTokenRequest(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method) && context.Request.Path.Equals(IdentityEndpointPaths.Token, StringComparison.OrdinalIgnoreCase);

    private static string? FromBasic(HttpRequest request)
    {
        var header = request.Headers[HeaderNames.Authorization].ToString();
        if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var decoded = new byte[header.Length];
        if (!Convert.TryFromBase64String(header[6..].Trim(), decoded, out var length))
        {
            return null;
        }

        var credentials = Encoding.UTF8.GetString(decoded, 0, length);
        var colon = credentials.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 ? WebUtility.UrlDecode(credentials[..colon]) : null;
    }

    /// <summary>The request's form, or null when it has none or the form reader refuses it (the body is rewound either way).</summary>
    internal static async Task<IFormCollection?> ReadFormAsync(HttpContext context)
    {
        var request = context.Request;
        if (!request.HasFormContentType || request.ContentType!.Contains("multipart", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        request.EnableBuffering();
        try
        {
            return await request.ReadFormAsync(context.RequestAborted);
        }
        catch (InvalidDataException)
        {
            return null;
        }
        finally
        {
            request.Body.Position = 0;
        }
    }

    /// <summary>The form's one value of <paramref name="name"/>, or null if absent or repeated.</summary>
    internal static string? Single(this IFormCollection form, string name) =>
        form.TryGetValue(name, out var values) && values.Count == 1 ? values[0] : null;

    private static string? ClientId(this IFormCollection form) => form.Single("client_id");
}
