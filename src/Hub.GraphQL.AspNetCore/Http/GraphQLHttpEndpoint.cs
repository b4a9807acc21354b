using System.Runtime.CompilerServices;
using Hub.GraphQL.AspNetCore.Ide;
using Hub.GraphQL.AspNetCore.Persisted;
using Hub.GraphQL.AspNetCore.Sse;
using Hub.GraphQL.AspNetCore.WebSockets;
using Hub.GraphQL.Errors;
using Hub.GraphQL.Execution;
using Hub.GraphQL.Language;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Types;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;

namespace Hub.GraphQL.AspNetCore.Http;

/// <summary>
/// The GraphQL endpoint: GET and POST per GraphQL over HTTP with HotChocolate's status codes, <c>?sdl</c>, the IDE
/// for browsers, WebSocket upgrades, and subscriptions as server-sent events.
/// </summary>
internal sealed class GraphQLHttpEndpoint(
    IRequestExecutor executor,
    GraphQLServerOptions options,
    BananaCakePopMiddleware? ide,
    GraphQLWebSocketHandler sockets,
    bool includeExceptionDetails,
    ILogger logger)
{
    private readonly PersistedDocumentResolver _documents = new(options.PersistedOperations);
    private readonly ConditionalWeakTable<Schema, byte[]> _sdl = [];
    private readonly LargeRequestSlots _largeRequests = new(options);

    public Task InvokeAsync(HttpContext context)
    {
        var method = context.Request.Method;
        if (HttpMethods.IsPost(method))
        {
            return HandlePostUnlessResetAsync(context);
        }

        if (HttpMethods.IsGet(method))
        {
            return context.WebSockets.IsWebSocketRequest ? sockets.HandleAsync(context) : HandleGetAsync(context);
        }

        context.Response.Headers.Allow = "GET, POST";
        return HttpResultWriter.WriteErrorAsync(context, StatusCodes.Status405MethodNotAllowed,
            $"The HTTP method {method} is not supported; use GET or POST.", ErrorCodes.Server.RequestInvalid);
    }

    /// <summary>A client that resets the connection while its body is read is gone: nothing is left to answer or log.</summary>
    private async Task HandlePostUnlessResetAsync(HttpContext context)
    {
        try
        {
            await HandlePostAsync(context);
        }
        catch (Microsoft.AspNetCore.Connections.ConnectionResetException)
        {
            // A reset is the peer's own word that it is gone; Kestrel may cancel RequestAborted only a moment later.
        }
    }

    private async Task HandlePostAsync(HttpContext context)
    {
        var accepted = AcceptedMediaTypes.From(context.Request);
        if (accepted.Single is not { } mediaType)
        {
            await WriteNotAcceptableAsync(context);
            return;
        }

        var errorMediaType = ErrorMediaType(mediaType);
        if (!IsJsonContentType(context.Request.ContentType))
        {
            await HttpResultWriter.WriteErrorAsync(context, StatusCodes.Status415UnsupportedMediaType,
                $"The Content-Type \"{context.Request.ContentType}\" is not supported; send application/json (UTF-8).",
                ErrorCodes.Server.RequestInvalid, errorMediaType);
            return;
        }

        ParsedBody body;
        try
        {
            body = await GraphQLHttpRequestParser.ReadBodyAsync(context.Request, options, _largeRequests, context.RequestAborted);
        }
        catch (GraphQLRequestException exception)
        {
            await HttpResultWriter.WriteErrorAsync(context, exception.StatusCode, exception.Message, exception.Code, errorMediaType);
            return;
        }

        if (body.IsBatch)
        {
            var results = new List<ExecutionResult>(body.Requests.Count);
            foreach (var request in body.Requests)
            {
                results.Add(await ExecuteSingleAsync(context, request));
            }

            await HttpResultWriter.WriteBatchAsync(context, results, errorMediaType);
            return;
        }

        await ExecuteAndWriteAsync(context, body.Requests[0], accepted, isGet: false);
    }

    private async Task HandleGetAsync(HttpContext context)
    {
        var query = context.Request.Query;
        if (options.EnableSchemaRequests && query.ContainsKey("sdl"))
        {
            var schema = context.RequestServices.GetService<ISchemaDocumentProvider>()?.SchemaFor(context.User) ?? executor.Schema;
            var sdl = _sdl.GetValue(schema, view => System.Text.Encoding.UTF8.GetBytes(view.ToSdl()));
            context.Response.ContentType = "application/graphql; charset=utf-8";
            context.Response.ContentLength = sdl.Length;
            await context.Response.Body.WriteAsync(sdl, context.RequestAborted);
            return;
        }

        GraphQLHttpRequest? request;
        try
        {
            request = GraphQLHttpRequestParser.ReadQueryString(query);
        }
        catch (GraphQLRequestException exception)
        {
            await HttpResultWriter.WriteErrorAsync(context, exception.StatusCode, exception.Message, exception.Code,
                ErrorMediaType(AcceptedMediaTypes.From(context.Request).Single ?? ResponseMediaType.GraphQLResponseJson));
            return;
        }

        if (request is null && ide is not null && options.Tool.Enable && BananaCakePopMiddleware.IsBrowserRequest(context.Request))
        {
            await ide.ServePageAsync(context);
            return;
        }

        if (!options.EnableGetRequests)
        {
            context.Response.Headers.Allow = "POST";
            await HttpResultWriter.WriteErrorAsync(context, StatusCodes.Status405MethodNotAllowed,
                "GraphQL requests over GET are disabled on this server; use POST.", ErrorCodes.Server.RequestInvalid);
            return;
        }

        var accepted = AcceptedMediaTypes.From(context.Request);
        if (accepted.Single is null)
        {
            await WriteNotAcceptableAsync(context);
            return;
        }

        await ExecuteAndWriteAsync(context, request ?? new GraphQLHttpRequest(null, null, null, null, null), accepted, isGet: true);
    }

    private async Task ExecuteAndWriteAsync(HttpContext context, GraphQLHttpRequest httpRequest, AcceptedMediaTypes accepted, bool isGet)
    {
        var mediaType = accepted.Single!.Value;
        IExecutionResult outcome;
        try
        {
            outcome = await ExecuteAsync(context, httpRequest, isGet);
        }
        catch (GraphQLRequestException exception)
        {
            if (exception.StatusCode == StatusCodes.Status405MethodNotAllowed)
            {
                context.Response.Headers.Allow = "POST";
            }

            await HttpResultWriter.WriteErrorAsync(context, exception.StatusCode, exception.Message, exception.Code, ErrorMediaType(mediaType));
            return;
        }

        switch (outcome)
        {
            case ResponseStream stream when accepted.AcceptsEventStream:
                await ServerSentEventsWriter.WriteAsync(context, stream, includeExceptionDetails);
                break;
            case ResponseStream stream:
                // Never enumerated: disposing the enumerator ends the subscription at once.
                await stream.GetAsyncEnumerator(context.RequestAborted).DisposeAsync();

                await HttpResultWriter.WriteErrorAsync(context, StatusCodes.Status406NotAcceptable,
                    "A subscription's results are a stream: send Accept: text/event-stream, or use the WebSocket endpoint.",
                    ErrorCodes.Server.InvalidAcceptHeaderValue, ErrorMediaType(mediaType));
                break;
            case ExecutionResult single when mediaType == ResponseMediaType.EventStream:
                await ServerSentEventsWriter.WriteAsync(context, ServerSentEventsWriter.Single(single), includeExceptionDetails);
                break;
            case ExecutionResult single:
                var masked = UnexpectedErrorMasking.Apply(single, includeExceptionDetails);
                await HttpResultWriter.WriteAsync(context, masked, mediaType, HttpResultWriter.StatusCodeOf(masked, mediaType));
                break;
        }
    }

    /// <summary>Executes one request of a batch; request errors become that entry's result.</summary>
    private async Task<ExecutionResult> ExecuteSingleAsync(HttpContext context, GraphQLHttpRequest httpRequest)
    {
        try
        {
            return await ExecuteAsync(context, httpRequest, isGet: false) switch
            {
                ExecutionResult single => UnexpectedErrorMasking.Apply(single, includeExceptionDetails),
                _ => ExecutionResult.FromError(new GraphQLError("Subscriptions cannot be part of a batch.").WithCode(ErrorCodes.Server.RequestInvalid)),
            };
        }
        catch (GraphQLRequestException exception)
        {
            return ExecutionResult.FromError(new GraphQLError(exception.Message).WithCode(exception.Code));
        }
    }

    private async Task<IExecutionResult> ExecuteAsync(HttpContext context, GraphQLHttpRequest httpRequest, bool isGet)
    {
        var (query, documentId) = _documents.Resolve(httpRequest, context.User);
        var document = isGet && !options.AllowMutationsOverGet ? ParseForGet(query, httpRequest.OperationName) : null;
        var request = new GraphQLRequest
        {
            Query = query,
            Document = document,
            OperationName = httpRequest.OperationName,
            Variables = httpRequest.Variables,
            Extensions = httpRequest.Extensions,
            DocumentId = documentId,
            Services = context.RequestServices,
            ContextData = GraphQLContextKeys.For(context),
        };
        try
        {
            return await executor.ExecuteAsync(request, context.RequestAborted);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !context.RequestAborted.IsCancellationRequested)
        {
            logger.LogError(exception, "Unexpected error while executing a GraphQL request");
            return ExecutionResult.FromError(UnexpectedErrorMasking.FromException(exception, includeExceptionDetails));
        }
    }

    /// <summary>Parses a GET request's document to refuse mutations (a GET must be safe); syntax errors are left
    /// to the executor, which reports them as usual.</summary>
    private static DocumentNode? ParseForGet(string query, string? operationName)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(query);
        }
        catch (GraphQLSyntaxException)
        {
            return null;
        }

        var operations = document.Definitions.OfType<OperationDefinitionNode>().ToList();
        var operation = operationName is null
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.FirstOrDefault(candidate => candidate.Name?.Value == operationName);
        if (operation?.Operation == OperationType.Mutation)
        {
            throw new GraphQLRequestException("Mutations are not allowed over GET; send them with POST.",
                ErrorCodes.Server.RequestInvalid, StatusCodes.Status405MethodNotAllowed);
        }

        return document;
    }

    private static Task WriteNotAcceptableAsync(HttpContext context) =>
        HttpResultWriter.WriteErrorAsync(context, StatusCodes.Status406NotAcceptable,
            $"None of the Accept header's media types is supported ({context.Request.Headers.Accept}); accept " +
            "application/graphql-response+json, application/json or text/event-stream.",
            ErrorCodes.Server.NoSupportedAcceptMediaType);

    private static ResponseMediaType ErrorMediaType(ResponseMediaType accepted) =>
        accepted == ResponseMediaType.EventStream ? ResponseMediaType.GraphQLResponseJson : accepted;

    private static bool IsJsonContentType(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed) &&
        parsed.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) &&
        (!parsed.Charset.HasValue || parsed.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase));
}
