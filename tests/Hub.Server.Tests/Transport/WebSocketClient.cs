using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Hub.Server.Tests.Transport;

/// <summary>A raw <c>graphql-transport-ws</c> client over <see cref="ClientWebSocket"/>, for protocol-level tests.</summary>
internal sealed class WebSocketClient : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();

    private WebSocketClient()
    {
    }

    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

    public static async Task<WebSocketClient> ConnectAsync(Uri graphql, string? subProtocol = "graphql-transport-ws", string? accessToken = null)
    {
        var client = new WebSocketClient();
        if (subProtocol is not null)
        {
            client._socket.Options.AddSubProtocol(subProtocol);
        }

        if (accessToken is not null)
        {
            client._socket.Options.SetRequestHeader("Authorization", $"Bearer {accessToken}");
        }

        await client._socket.ConnectAsync(new UriBuilder(graphql) { Scheme = "ws" }.Uri, Timeout());
        return client;
    }

    public Task SendAsync(string message) => SendTextFrameAsync(Encoding.UTF8.GetBytes(message));

    /// <summary>Sends <paramref name="bytes"/> as one text frame as they are, valid UTF-8 or not.</summary>
    public Task SendTextFrameAsync(byte[] bytes) =>
        _socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, Timeout());

    /// <summary>The next message; null once the server closed the socket.</summary>
    public async Task<JsonElement?> ReceiveAsync()
    {
        var buffer = new byte[64 * 1024];
        var length = 0;
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer.AsMemory(length), Timeout());
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            length += result.Count;
            if (result.EndOfMessage)
            {
                return JsonDocument.Parse(buffer.AsMemory(0, length)).RootElement;
            }
        }
    }

    /// <summary>Reads messages until the server closes, skipping keep-alive pings; returns the close code.</summary>
    public async Task<int> ReceiveCloseAsync()
    {
        while (await ReceiveAsync() is { } message)
        {
            Assert.Equal("ping", message.GetProperty("type").GetString());
        }

        return (int)_socket.CloseStatus!.Value;
    }

    public async Task<JsonElement> ReceiveSkippingPingsAsync()
    {
        while (true)
        {
            var message = await ReceiveAsync() ?? throw new InvalidOperationException($"Closed: {_socket.CloseStatus} {_socket.CloseStatusDescription}");
            if (message.GetProperty("type").GetString() != "ping")
            {
                return message;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, Timeout());
        }

        _socket.Dispose();
    }

    private static CancellationToken Timeout() => new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token;
}
