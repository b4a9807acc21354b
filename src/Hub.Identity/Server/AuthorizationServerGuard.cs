using System.Globalization;
using System.Text.Json;
using Hub.Identity.Protocol;
using Hub.Identity.Storage;
using Microsoft.Extensions.Logging;

namespace Hub.Identity.Server;

/// <summary>
/// Wraps the authorization server's endpoints so that what OpenIddict lets escape becomes an OAuth error, not an empty
/// 500: an unreachable identity store is 503 <c>temporarily_unavailable</c> with <c>Retry-After</c>; a body beyond
/// ASP.NET Core's form limits (field count, key and value length) is the client's <c>invalid_request</c>.
/// </summary>
public sealed partial class AuthorizationServerGuard(RequestDelegate next, ILogger<AuthorizationServerGuard> logger)
{
    private static readonly string[] s_paths =
    [
        IdentityEndpointPaths.Token, IdentityEndpointPaths.Introspection, IdentityEndpointPaths.Revocation,
        IdentityEndpointPaths.Jwks, IdentityEndpointPaths.OAuthMetadata, IdentityEndpointPaths.OpenIdConfiguration,
    ];

    /// <summary>Runs the rest of the pipeline, answering the two failures above on the authorization server's paths.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        if (!s_paths.Contains(context.Request.Path.Value, StringComparer.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }

        try
        {
            await next(context);
        }
        catch (Exception exception) when (DatabaseOutage.IsOutage(exception) && !context.Response.HasStarted)
        {
            LogOutage(logger, context.Request.Path.ToString(), exception.Message);
            context.Response.Headers.RetryAfter = DatabaseOutage.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            await WriteErrorAsync(context, StatusCodes.Status503ServiceUnavailable, OAuthErrorCodes.TemporarilyUnavailable,
                "The identity store is unavailable; retry later.");
        }
        catch (InvalidDataException exception) when (!context.Response.HasStarted)
        {
            await WriteErrorAsync(context, StatusCodes.Status400BadRequest, OAuthErrorCodes.InvalidRequest,
                ErrorDescriptionText.ToAllowedCharacters($"The request body exceeds the form limits: {exception.Message}"));
        }
    }

    private static Task WriteErrorAsync(HttpContext context, int statusCode, string error, string description)
    {
        var response = context.Response;
        response.StatusCode = statusCode;
        response.Headers.CacheControl = "no-store";
        response.Headers.Pragma = "no-cache";
        response.ContentType = "application/json;charset=UTF-8";
        var body = JsonSerializer.Serialize(new Dictionary<string, string> { ["error"] = error, ["error_description"] = description });
        return response.WriteAsync(body, context.RequestAborted);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Path} answered 503: the identity store is unreachable ({Reason}).")]
    private static partial void LogOutage(ILogger logger, string path, string reason);
}
