using System.Buffers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Hub.GraphQL.AspNetCore.Http;
using Hub.GraphQL.Execution;
using Hub.GraphQL.Serialization;

namespace Hub.GraphQL.AspNetCore.WebSockets;

/// <summary>The socket side of a session: framing, serialised sends, closing, the init timeout, keep-alive pings and the pong timeout.</summary>
internal sealed partial class GraphQLTransportWsSession
{
    /// <summary>Reads one whole text message as JSON; null when the client closed. Bad JSON or unreadable text closes with 4400.</summary>
    private async Task<JsonDocument?> ReceiveAsync()
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer.GetMemory(4096), _receiving.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                await CloseAsync(WebSocketCloseStatus.NormalClosure, null);
                return null;
            }

            buffer.Advance(result.Count);
            if (buffer.WrittenCount > options.MaxRequestSize)
            {
                await CloseAsync(WebSocketCloseStatus.MessageTooBig, $"Messages are limited to {options.MaxRequestSize} bytes");
                return null;
            }

            if (result.EndOfMessage)
            {
                break;
            }
        }

        JsonDocument message;
        try
        {
            message = JsonDocument.Parse(buffer.WrittenMemory);
        }
        catch (JsonException)
        {
            await CloseAsync(GraphQLTransportWsCloseCodes.BadRequest, "Invalid message received: not JSON");
            return null;
        }

        if (!JsonValueReader.HasReadableStrings(buffer.WrittenSpan))
        {
            message.Dispose();
            await CloseAsync(GraphQLTransportWsCloseCodes.BadRequest, "Invalid message received: a string is not valid UTF-8 or holds an unpaired surrogate escape");
            return null;
        }

        return message;
    }

    private Task SendAsync(string message) => SendAsync(Encoding.UTF8.GetBytes(message));

    private async Task SendAsync(ReadOnlyMemory<byte> message)
    {
        await _sendLock.WaitAsync(_closing.Token);
        try
        {
            if (socket.State == WebSocketState.Open)
            {
                await socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, _closing.Token);
            }
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private Task SendResultAsync(string id, ExecutionResult result)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        buffer.Write(Encoding.UTF8.GetBytes($$"""{"id":{{JsonSerializer.Serialize(id)}},"type":"next","payload":"""));
        ResultJsonWriter.Write(result, buffer);
        buffer.Write("}"u8);
        return SendAsync(buffer.WrittenMemory);
    }

    private Task SendErrorsAsync(string id, ExecutionResult result)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        buffer.Write(Encoding.UTF8.GetBytes($$"""{"id":{{JsonSerializer.Serialize(id)}},"type":"error","payload":["""));
        for (var i = 0; i < result.Errors!.Count; i++)
        {
            if (i > 0)
            {
                buffer.Write(","u8);
            }

            ResultJsonWriter.WriteError(result.Errors[i], buffer);
        }

        buffer.Write("]}"u8);
        return SendAsync(buffer.WrittenMemory);
    }

    private Task CloseAsync(int code, string reason) => CloseAsync((WebSocketCloseStatus)code, reason);

    private async Task CloseAsync(WebSocketCloseStatus status, string? reason)
    {
        await _sendLock.WaitAsync();
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync(status, reason, CancellationToken.None);
            }
        }
        catch (WebSocketException)
        {
            // Already gone.
        }
        finally
        {
            _sendLock.Release();
            await _closing.CancelAsync();
            _receiving.CancelAfter(TimeSpan.FromSeconds(5));
        }
    }

    private async Task CloseUnlessInitializedAsync()
    {
        try
        {
            await Task.Delay(options.Sockets.ConnectionInitializationTimeout, _closing.Token);
            if (!_initReceived)
            {
                await CloseAsync(GraphQLTransportWsCloseCodes.ConnectionInitialisationTimeout, "Connection initialisation timeout");
            }
        }
        catch (OperationCanceledException)
        {
            // The connection ended first.
        }
    }

    /// <summary>
    /// Pings every interval and closes with 1008 once a ping has gone unanswered (no pong, no other message) for the
    /// pong timeout. The timeout runs from the ping, not from the last message heard: a server that was itself paused
    /// (a GC, a starved thread pool) sent no pings meanwhile, so the client had nothing to answer. A tick that comes
    /// late is such a pause, and the client's answer may be waiting unread behind it, so that tick closes nothing.
    /// </summary>
    private async Task KeepAliveAsync()
    {
        if (options.Sockets.KeepAliveInterval is not { } interval)
        {
            return;
        }

        try
        {
            using var timer = new PeriodicTimer(interval);
            var previousTick = Environment.TickCount64;
            while (await timer.WaitForNextTickAsync(_closing.Token))
            {
                var now = Environment.TickCount64;
                var late = now - previousTick > 2 * (long)interval.TotalMilliseconds;
                previousTick = now;
                var unansweredSince = Volatile.Read(ref _unansweredPingTicks);
                if (options.Sockets.PongTimeout is { } timeout && !late && unansweredSince != 0 &&
                    now - unansweredSince > (long)timeout.TotalMilliseconds)
                {
                    await CloseAsync(WebSocketCloseStatus.PolicyViolation, $"No pong within {timeout}");
                    return;
                }

                Interlocked.CompareExchange(ref _unansweredPingTicks, now, 0);
                await SendAsync("""{"type":"ping"}""");
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // The connection ended.
        }
    }
}
