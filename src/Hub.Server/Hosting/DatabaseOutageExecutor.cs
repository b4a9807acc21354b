using Hub.GraphQL.AspNetCore.Http;
using Hub.GraphQL.Errors;
using Hub.GraphQL.Execution;
using Hub.Identity.Storage;

namespace Hub.Server.Hosting;

/// <summary>
/// Reports fields (or whole requests) that needed the unreachable database with <see cref="DatabaseUnavailableError"/>
/// instead of "Unexpected Execution Error", and answers 503 with <c>Retry-After</c> over HTTP when the request
/// produced no data at all. A request that produced some data keeps 200 with its partial result.
/// </summary>
internal sealed partial class DatabaseOutageExecutor(IRequestExecutor inner, ILogger<DatabaseOutageExecutor> logger) : IRequestExecutor
{
    public Hub.GraphQL.Types.Schema Schema => inner.Schema;

    public async ValueTask<IExecutionResult> ExecuteAsync(GraphQLRequest request, CancellationToken cancellationToken = default)
    {
        IExecutionResult outcome;
        try
        {
            outcome = await inner.ExecuteAsync(request, cancellationToken);
        }
        catch (Exception exception) when (DatabaseOutage.IsOutage(exception))
        {
            LogOutage(logger, exception.Message);
            AnswerUnavailable(request);
            return ExecutionResult.FromError(DatabaseUnavailableError.Create());
        }

        if (outcome is not ExecutionResult { Errors: { Count: > 0 } errors } result
            || errors.FirstOrDefault(error => error.OriginalError is { } original && DatabaseOutage.IsOutage(original)) is not { } first)
        {
            return outcome;
        }

        LogOutage(logger, first.OriginalError!.Message);
        if (result.Data is not IReadOnlyDictionary<string, object?> data || data.Values.All(value => value is null))
        {
            AnswerUnavailable(request);
        }

        var reported = errors.Select(error => error.OriginalError is { } original && DatabaseOutage.IsOutage(original)
            ? DatabaseUnavailableError.Replacing(error)
            : error).ToList();
        return new ExecutionResult { Errors = reported, Data = result.Data, HasData = result.HasData, Extensions = result.Extensions };
    }

    private static void AnswerUnavailable(GraphQLRequest request)
    {
        if (request.ContextData is { } data && data.TryGetValue(GraphQLContextKeys.HttpContext, out var value) && value is HttpContext context)
        {
            // The transport sets the status it computes for the result; the status of an outage replaces it when the
            // headers go out.
            context.Response.OnStarting(() =>
            {
                DatabaseOutageMiddleware.SetUnavailable(context.Response);
                return Task.CompletedTask;
            });
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A GraphQL request needed the unreachable database: {Reason}")]
    private static partial void LogOutage(ILogger logger, string reason);
}
