using System.Text.Json;

namespace Hub.Identity.Protocol;

/// <summary>Writes the JSON answers of the OAuth endpoints, always with <c>Cache-Control: no-store</c> (RFC 6749 §5.1).</summary>
public static class OAuthResponses
{
    public static Task WriteJsonAsync(HttpContext context, int statusCode, object body)
    {
        var response = context.Response;
        response.StatusCode = statusCode;
        response.Headers.CacheControl = "no-store";
        response.Headers.Pragma = "no-cache";
        response.ContentType = "application/json;charset=UTF-8";
        return response.WriteAsync(JsonSerializer.Serialize(body), context.RequestAborted);
    }

    public static Task WriteErrorAsync(HttpContext context, OAuthError error)
    {
        if (error.Challenge is not null)
        {
            context.Response.Headers.WWWAuthenticate = error.Challenge;
        }

        return WriteJsonAsync(context, error.StatusCode, new Dictionary<string, string>
        {
            ["error"] = error.Error,
            ["error_description"] = ErrorDescriptionText.ToAllowedCharacters(error.Description),
        });
    }
}
