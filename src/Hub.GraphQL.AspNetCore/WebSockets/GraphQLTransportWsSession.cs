using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json;
using Hub.GraphQL.AspNetCore.Http;
using Hub.GraphQL.Execution;
using Hub.GraphQL.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Hub.GraphQL.AspNetCore.WebSockets;

/// <summary>
/// One <c>graphql-transport-ws</c> connection: <c>connection_init</c> → <c>connection_ack</c>, then any number of
/// concurrent <c>subscribe</c> operations, each answered with <c>next</c>… <c>complete</c> (or <c>error</c>), and
/// <c>ping</c>/<c>pong</c>. Protocol violations close the socket with the protocol's 44xx codes.
/// </summary>
internal sealed partial class GraphQLTransportWsSession(
    WebSocket socket,
    HttpContext context,
    IRequestExecutor executor,
    GraphQLServerOptions options,
    bool includeExceptionDetails,
    ILogger logger)
{
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _operations = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _closing = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);

    // Receiving outlives _closing: after the server's close frame the client still owes its own (bounded wait).
    private readonly CancellationTokenSource _receiving = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);

    // When the oldest ping that nothing has answered yet was sent (Environment.TickCount64); 0 when none is.
    private long _unansweredPingTicks;
    private bool _initReceived;
    private volatile bool _acknowledged;

    public async Task RunAsync()
    {
        _ = CloseUnlessInitializedAsync();
        using var revocations = context.User.Identities.Any(identity => identity.IsAuthenticated)
            ? options.Sockets.Revocations?.Listen(CloseIfCredentialsLapsedAsync)
            : null;
        try
        {
            while (await ReceiveAsync() is { } message)
            {
                // Any message shows the client is alive, as a pong does.
                Volatile.Write(ref _unansweredPingTicks, 0);
                using (message)
                {
                    if (!_closing.IsCancellationRequested)
                    {
                        await HandleAsync(message.RootElement);
                    }
                }
            }
        }
        catch (WebSocketException) when (socket.State == WebSocketState.Aborted && !context.RequestAborted.IsCancellationRequested)
        {
            // The WebSocket failed the connection itself (1007 for a text frame that is not UTF-8): it sent its close
            // frame and gave up. Ending the request at once would reset the connection, and a reset makes the client
            // drop that close frame unread, so the client gets a moment (at most 1 s) to read it and hang up.
            await LingerAsync();
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // The connection ended (client gone or closed by us); the operations are stopped below.
        }
        finally
        {
            await _closing.CancelAsync();
            foreach (var operation in _operations.Values)
            {
                await operation.CancelAsync();
            }
        }
    }

    private const string LapsedCredentials = "Unauthorized: the connection's credentials expired or were revoked";

    /// <summary>On a revocation anywhere: ends this connection, idle or not, when its own credentials were revoked.</summary>
    private async Task CloseIfCredentialsLapsedAsync()
    {
        try
        {
            if (!_closing.IsCancellationRequested && !await ConnectionCredentials.StillValidAsync(context))
            {
                await CloseAsync(GraphQLTransportWsCloseCodes.Unauthorized, LapsedCredentials);
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or ObjectDisposedException or WebSocketException)
        {
            // The connection ended meanwhile.
        }
    }

    private async Task LingerAsync()
    {
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(1), context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            // The client hung up.
        }
    }

    private async Task HandleAsync(JsonElement message)
    {
        var type = message.ValueKind == JsonValueKind.Object && message.TryGetProperty("type", out var typeProperty) &&
                   typeProperty.ValueKind == JsonValueKind.String
            ? typeProperty.GetString()
            : null;
        switch (type)
        {
            case "connection_init":
                await InitializeAsync(message);
                break;
            case "ping":
                await SendAsync(message.TryGetProperty("payload", out var payload)
                    ? $$"""{"type":"pong","payload":{{payload.GetRawText()}}}"""
                    : """{"type":"pong"}""");
                break;
            case "pong":
                break;
            case "subscribe":
                await SubscribeAsync(message);
                break;
            case "complete" when ReadId(message) is { } id:
                if (_operations.TryRemove(id, out var operation))
                {
                    await operation.CancelAsync();
                }

                break;
            default:
                await CloseAsync(GraphQLTransportWsCloseCodes.BadRequest, type is null
                    ? "Invalid message received: expected a JSON object with a string \"type\""
                    : $"Invalid message received: unexpected \"{type}\" message");
                break;
        }
    }

    private async Task InitializeAsync(JsonElement message)
    {
        if (_initReceived)
        {
            await CloseAsync(GraphQLTransportWsCloseCodes.TooManyInitialisationRequests, "Too many initialisation requests");
            return;
        }

        _initReceived = true;
        var payload = message.TryGetProperty("payload", out var value) && value.ValueKind == JsonValueKind.Object
            ? JsonValueReader.Parse(value.GetRawText()) as IReadOnlyDictionary<string, object?>
            : null;
        if (options.Sockets.OnConnect is { } onConnect && !await onConnect(context, payload))
        {
            await CloseAsync(GraphQLTransportWsCloseCodes.Forbidden, "Forbidden");
            return;
        }

        _acknowledged = true;
        await SendAsync("""{"type":"connection_ack"}""");
        _ = KeepAliveAsync();
    }

    private async Task SubscribeAsync(JsonElement message)
    {
        if (!_acknowledged)
        {
            await CloseAsync(GraphQLTransportWsCloseCodes.Unauthorized, "Unauthorized");
            return;
        }

        // Each operation is authorized as an HTTP request would be: an expired or revoked token ends the connection.
        if (!await ConnectionCredentials.StillValidAsync(context))
        {
            await CloseAsync(GraphQLTransportWsCloseCodes.Unauthorized, LapsedCredentials);
            return;
        }

        if (ReadId(message) is not { } id || !message.TryGetProperty("payload", out var payload) ||
            payload.ValueKind != JsonValueKind.Object || ReadRequest(payload) is not { } request)
        {
            await CloseAsync(GraphQLTransportWsCloseCodes.BadRequest,
                "Invalid message received: subscribe needs a string \"id\" and a \"payload\" with a string \"query\"");
            return;
        }

        var cancellation = CancellationTokenSource.CreateLinkedTokenSource(_closing.Token);
        if (!_operations.TryAdd(id, cancellation))
        {
            cancellation.Dispose();
            await CloseAsync(GraphQLTransportWsCloseCodes.SubscriberAlreadyExists, $"Subscriber for {id} already exists");
            return;
        }

        _ = RunOperationAsync(id, request, cancellation);
    }

    private async Task RunOperationAsync(string id, GraphQLRequest request, CancellationTokenSource cancellation)
    {
        try
        {
            var outcome = await executor.ExecuteAsync(request, cancellation.Token);
            if (outcome is ExecutionResult { HasData: false, Errors.Count: > 0 } failed)
            {
                await SendErrorsAsync(id, failed);
                return;
            }

            var results = outcome as IAsyncEnumerable<ExecutionResult> ?? SingleResult((ExecutionResult)outcome);
            await foreach (var result in results.WithCancellation(cancellation.Token))
            {
                await SendResultAsync(id, UnexpectedErrorMasking.Apply(result, includeExceptionDetails));
            }

            await SendAsync($$"""{"id":{{JsonSerializer.Serialize(id)}},"type":"complete"}""");
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // Completed by the client, or the connection closed.
        }
        catch (Exception exception) when (exception is not WebSocketException)
        {
            LogOperationFailed(logger, exception, id);
            await CloseAsync(GraphQLTransportWsCloseCodes.InternalServerError, "Internal server error");
        }
        finally
        {
            _operations.TryRemove(new KeyValuePair<string, CancellationTokenSource>(id, cancellation));
            cancellation.Dispose();
        }
    }

    private GraphQLRequest? ReadRequest(JsonElement payload)
    {
        if (!payload.TryGetProperty("query", out var query) || query.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        return new GraphQLRequest
        {
            Query = query.GetString(),
            OperationName = payload.TryGetProperty("operationName", out var name) && name.ValueKind == JsonValueKind.String ? name.GetString() : null,
            Variables = ReadMap(payload, "variables"),
            Extensions = ReadMap(payload, "extensions"),
            Services = context.RequestServices,
            ContextData = GraphQLContextKeys.For(context),
        };
    }

    private static IReadOnlyDictionary<string, object?>? ReadMap(JsonElement payload, string name) =>
        payload.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object
            ? JsonValueReader.Parse(value.GetRawText()) as IReadOnlyDictionary<string, object?>
            : null;

    private static string? ReadId(JsonElement message) =>
        message.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() is { Length: > 0 } value
            ? value
            : null;

    private static async IAsyncEnumerable<ExecutionResult> SingleResult(ExecutionResult result)
    {
        await Task.CompletedTask;
        yield return result;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "GraphQL WebSocket operation {Id} failed")]
    private static partial void LogOperationFailed(ILogger logger, Exception exception, string id);
}
