using Hub.Identity.Protocol;
using Hub.Identity.Storage;
using Microsoft.Extensions.Logging;

namespace Hub.Identity.Endpoints;

/// <summary>
/// Answers an authorization-server request that needed the unreachable identity store with 503, <c>Retry-After</c>
/// and an OAuth error body (<c>temporarily_unavailable</c>), instead of an empty 500.
/// </summary>
public sealed partial class StoreOutageAnswer(ILogger<StoreOutageAnswer> logger)
{
    /// <summary><paramref name="endpoint"/>, with database outages answered as 503.</summary>
    public RequestDelegate Around(RequestDelegate endpoint) => async context =>
    {
        try
        {
            await endpoint(context);
        }
        catch (Exception exception) when (DatabaseOutage.IsOutage(exception) && !context.Response.HasStarted)
        {
            LogOutage(logger, context.Request.Path.ToString(), exception.Message);
            context.Response.Headers.RetryAfter = DatabaseOutage.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await OAuthResponses.WriteErrorAsync(context, OAuthError.TemporarilyUnavailable(
                "The identity store is unavailable; retry later."));
        }
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Path} answered 503: the identity store is unreachable ({Reason}).")]
    private static partial void LogOutage(ILogger logger, string path, string reason);
}
