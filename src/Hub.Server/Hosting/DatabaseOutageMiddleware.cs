using System.Globalization;
using Hub.GraphQL.Execution;
using Hub.GraphQL.Serialization;
using Hub.Identity.Storage;
using Hub.Server.Schema;

namespace Hub.Server.Hosting;

/// <summary>
/// Answers a request that failed before reaching GraphQL because the database is unreachable (the bearer check could
/// not read the revocation list or the signing keys yet) with 503, <c>Retry-After</c> and a GraphQL error coded
/// <see cref="HubErrorCodes.DatabaseUnavailable"/>, instead of an empty 500.
/// </summary>
internal sealed partial class DatabaseOutageMiddleware(RequestDelegate next, ILogger<DatabaseOutageMiddleware> logger)
{
    private const string GraphQLResponseJson = "application/graphql-response+json";

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception exception) when (DatabaseOutage.IsOutage(exception) && !context.Response.HasStarted)
        {
            LogOutage(logger, context.Request.Path.ToString(), exception.Message);
            var response = context.Response;
            response.Clear();
            SetUnavailable(response);
            var accept = context.Request.Headers.Accept.ToString();
            response.ContentType = accept.Contains(GraphQLResponseJson, StringComparison.OrdinalIgnoreCase)
                ? $"{GraphQLResponseJson}; charset=utf-8"
                : "application/json; charset=utf-8";
            ResultJsonWriter.Write(ExecutionResult.FromError(DatabaseUnavailableError.Create()), response.BodyWriter);
            await response.BodyWriter.FlushAsync(context.RequestAborted);
        }
    }

    /// <summary>Makes <paramref name="response"/> a 503 that asks the client to retry later.</summary>
    public static void SetUnavailable(HttpResponse response)
    {
        response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        response.Headers.RetryAfter = DatabaseOutage.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Path} answered 503: the database is unreachable ({Reason}).")]
    private static partial void LogOutage(ILogger logger, string path, string reason);
}
