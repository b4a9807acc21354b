using Microsoft.Extensions.Primitives;

namespace Hub.Identity.Protocol;

/// <summary>
/// The parameters of an OAuth POST: read only from an <c>application/x-www-form-urlencoded</c> body, never from the URI
/// (credentials must not travel there), and each at most once except where a parameter may repeat (RFC 6749 §3.2).
/// </summary>
public sealed class OAuthForm
{
    private readonly IFormCollection _form;

    private OAuthForm(IFormCollection form) => _form = form;

    /// <summary>
    /// Reads the body; returns an <c>invalid_request</c> error for a wrong content type, a query, a body beyond the form
    /// limits or a repeated parameter.
    /// </summary>
    public static async Task<(OAuthForm? Form, OAuthError? Error)> ReadAsync(HttpContext context, params string[] repeatable)
    {
        var request = context.Request;
        if (!request.HasFormContentType || request.HasFormContentType && request.ContentType?.Contains("multipart", StringComparison.OrdinalIgnoreCase) == true)
        {
            return (null, OAuthError.InvalidRequest("The request body must be application/x-www-form-urlencoded."));
        }

        if (request.QueryString.HasValue)
        {
            return (null, OAuthError.InvalidRequest("Parameters must be sent in the request body, not in the URI."));
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(context.RequestAborted);
        }
        catch (InvalidDataException exception)
        {
            // ASP.NET Core's form limits (field count, key and value length) are the client's error, not the server's.
            return (null, OAuthError.InvalidRequest($"The request body exceeds the form limits: {exception.Message}"));
        }

        foreach (var (name, values) in form)
        {
            if (values.Count > 1 && !repeatable.Contains(name))
            {
                return (null, OAuthError.InvalidRequest($"The '{name}' parameter is repeated."));
            }
        }

        return (new OAuthForm(form), null);
    }

    /// <summary>The parameter's value; null when absent or empty (RFC 6749 §3.1: empty means omitted).</summary>
    public string? this[string name] => _form.TryGetValue(name, out var values) && !StringValues.IsNullOrEmpty(values)
        ? values[0]
        : null;

    /// <summary>Every value of a repeatable parameter.</summary>
    public IReadOnlyList<string> All(string name) =>
        _form.TryGetValue(name, out var values) ? values.Where(v => !string.IsNullOrEmpty(v)).Select(v => v!).ToList() : [];
}
