using System.Diagnostics;
using System.Net;
using System.Net.WebSockets;

namespace Hub.Server.Tests.Transport;

public sealed class WebSocketTransportTests : IAsyncLifetime
{
    private const string Init = """{"type":"connection_init"}""";
    private TransportServer _server = null!;

    // Generous, so a loaded machine never closes a client that is about to initialise; the 4408 test sets its own.
    public async Task InitializeAsync() => _server = await StartAsync(TimeSpan.FromSeconds(30));

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_subscription_streams_next_messages_then_complete()
    {
        await using var client = await ConnectAndInitializeAsync();
        await client.SendAsync("""{"id":"1","type":"subscribe","payload":{"query":"subscription($f: Int!) { countdown(from: $f) }","variables":{"f":1}}}""");

        var first = await client.ReceiveSkippingPingsAsync();
        var second = await client.ReceiveSkippingPingsAsync();
        var complete = await client.ReceiveSkippingPingsAsync();

        Assert.Equal("""{"id":"1","type":"next","payload":{"data":{"countdown":1}}}""", first.GetRawText());
        Assert.Equal("""{"id":"1","type":"next","payload":{"data":{"countdown":0}}}""", second.GetRawText());
        Assert.Equal("""{"id":"1","type":"complete"}""", complete.GetRawText());
    }

    [Fact]
    public async Task A_query_gets_one_next_then_complete_and_invalid_documents_get_error()
    {
        await using var client = await ConnectAndInitializeAsync();
        await client.SendAsync("""{"id":"q","type":"subscribe","payload":{"query":"{ hello }"}}""");
        Assert.Equal("""{"id":"q","type":"next","payload":{"data":{"hello":"Hello, world!"}}}""", (await client.ReceiveSkippingPingsAsync()).GetRawText());
        Assert.Equal("complete", (await client.ReceiveSkippingPingsAsync()).GetProperty("type").GetString());

        await client.SendAsync("""{"id":"bad","type":"subscribe","payload":{"query":"{ nope }"}}""");
        var error = await client.ReceiveSkippingPingsAsync();
        Assert.Equal("error", error.GetProperty("type").GetString());
        Assert.Equal("bad", error.GetProperty("id").GetString());
        Assert.Equal("Cannot query field \"nope\" on type \"Query\".", error.GetProperty("payload")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Complete_from_the_client_stops_the_subscription()
    {
        await using var client = await ConnectAndInitializeAsync();
        await client.SendAsync("""{"id":"long","type":"subscribe","payload":{"query":"subscription { countdown(from: 100000) }"}}""");
        Assert.Equal("next", (await client.ReceiveSkippingPingsAsync()).GetProperty("type").GetString());
        await client.SendAsync("""{"id":"long","type":"complete"}""");

        await client.SendAsync("""{"type":"ping","payload":{"n":1}}""");
        Assert.Equal("""{"type":"pong","payload":{"n":1}}""", await DrainUntilPongAsync(client));

        // The id is free again: the server forgot the stopped subscription.
        await client.SendAsync("""{"id":"long","type":"subscribe","payload":{"query":"subscription { countdown(from: 0) }"}}""");
        var messages = new List<string>();
        while (messages.LastOrDefault() != """{"id":"long","type":"complete"}""")
        {
            messages.Add((await client.ReceiveSkippingPingsAsync()).GetRawText());
        }

        Assert.Contains("""{"id":"long","type":"next","payload":{"data":{"countdown":0}}}""", messages);
    }

    [Fact]
    public async Task Ping_is_answered_with_pong()
    {
        await using var client = await ConnectAndInitializeAsync();
        await client.SendAsync("""{"type":"ping"}""");

        Assert.Equal("""{"type":"pong"}""", (await client.ReceiveSkippingPingsAsync()).GetRawText());
    }

    [Fact]
    public async Task Subscribe_before_connection_init_closes_with_4401()
    {
        await using var client = await WebSocketClient.ConnectAsync(_server.GraphQL);
        await client.SendAsync("""{"id":"1","type":"subscribe","payload":{"query":"{ hello }"}}""");

        Assert.Equal(4401, await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task A_second_connection_init_closes_with_4429()
    {
        await using var client = await ConnectAndInitializeAsync();
        await client.SendAsync(Init);

        Assert.Equal(4429, await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task A_refused_connection_closes_with_4403()
    {
        await using var client = await WebSocketClient.ConnectAsync(_server.GraphQL);
        await client.SendAsync("""{"type":"connection_init","payload":{"token":"forbidden"}}""");

        Assert.Equal(4403, await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task A_duplicate_operation_id_closes_with_4409()
    {
        await using var client = await ConnectAndInitializeAsync();
        await client.SendAsync("""{"id":"same","type":"subscribe","payload":{"query":"subscription { countdown(from: 100000) }"}}""");
        await client.SendAsync("""{"id":"same","type":"subscribe","payload":{"query":"subscription { countdown(from: 100000) }"}}""");

        Assert.Equal(4409, await CloseCodeSkippingMessagesAsync(client));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"type":"unknown"}""")]
    [InlineData("""{"id":"1","type":"subscribe"}""")]
    [InlineData("""{"id":"1","type":"subscribe","payload":{"query":"\ud800"}}""")]
    [InlineData("""{"type":"ping","payload":{"\udfff":1}}""")]
    public async Task An_invalid_message_closes_with_4400(string message)
    {
        await using var client = await ConnectAndInitializeAsync();
        await client.SendAsync(message);

        Assert.Equal(4400, await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task No_connection_init_in_time_closes_with_4408()
    {
        await using var impatient = await StartAsync(TimeSpan.FromMilliseconds(200));
        await using var client = await WebSocketClient.ConnectAsync(impatient.GraphQL);

        Assert.Equal(4408, await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task A_client_that_stops_answering_pings_is_closed_after_the_pong_timeout()
    {
        await using var server = await StartPingingAsync();
        var clock = System.Diagnostics.Stopwatch.StartNew(); // before connection_init, when the silence starts
        await using var silent = await ConnectAndInitializeAsync(server);

        // ReceiveCloseAsync reads the pings and never answers them.
        var code = await silent.ReceiveCloseAsync();

        Assert.Equal(1008, code);
        Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task A_client_that_answers_its_pings_outlives_the_pong_timeout()
    {
        await using var server = await StartPingingAsync();
        await using var client = await ConnectAndInitializeAsync(server);

        for (var pings = 0; pings < 15; pings++)
        {
            Assert.Equal("ping", (await client.ReceiveAsync())!.Value.GetProperty("type").GetString());
            await client.SendAsync("""{"type":"pong"}""");
        }

        await client.SendAsync("""{"id":"q","type":"subscribe","payload":{"query":"{ hello }"}}""");
        Assert.Equal("""{"id":"q","type":"next","payload":{"data":{"hello":"Hello, world!"}}}""", (await client.ReceiveSkippingPingsAsync()).GetRawText());
    }

    [Fact]
    public async Task A_text_frame_that_is_not_utf8_fails_the_websocket_with_1007()
    {
        await using var client = await ConnectAndInitializeAsync();
        await client.SendTextFrameAsync([.. "{\"type\":\"ping\",\"payload\":{\"x\":\""u8, 0xFF, 0xFE, .. "\"}}"u8]);

        Assert.Equal(1007, await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task A_pause_of_the_whole_server_process_is_not_counted_against_a_client_that_answers()
    {
        await using var server = await StartPingingAsync();
        await using var client = await ConnectAndInitializeAsync(server);
        Assert.Equal("ping", (await client.ReceiveAsync())!.Value.GetProperty("type").GetString());
        await client.SendAsync("""{"type":"pong"}""");

        // Stops this process (server and client alike, as a long GC pause would) for 800 ms, longer than the pong timeout.
        using (var pause = Process.Start("/bin/sh", ["-c", $"kill -STOP {Environment.ProcessId}; sleep 0.8; kill -CONT {Environment.ProcessId}"]))
        {
            await pause.WaitForExitAsync();
        }

        for (var pings = 0; pings < 5; pings++)
        {
            Assert.Equal("ping", (await client.ReceiveAsync())!.Value.GetProperty("type").GetString());
            await client.SendAsync("""{"type":"pong"}""");
        }

        await client.SendAsync("""{"id":"q","type":"subscribe","payload":{"query":"{ hello }"}}""");
        Assert.Equal("""{"id":"q","type":"next","payload":{"data":{"hello":"Hello, world!"}}}""", (await client.ReceiveSkippingPingsAsync()).GetRawText());
    }

    [Fact]
    public async Task Connections_beyond_the_per_client_or_total_cap_are_refused_with_429_until_one_closes()
    {
        await using var server = await TransportServer.StartAsync(options =>
        {
            options.Sockets.MaxConnectionsPerClient = 2;
            options.Sockets.MaxConnections = 3;
            options.Sockets.ClientKey = context => context.Request.Headers["X-Client"].ToString();
        });

        using var a1 = await ConnectAsync(server, "a");
        using var a2 = await ConnectAsync(server, "a");
        using var a3 = await ConnectAsync(server, "a");
        using var b1 = await ConnectAsync(server, "b");
        using var b2 = await ConnectAsync(server, "b");
        await a1.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        var b3 = await ConnectWhenFreedAsync(server, "b");

        Assert.Equal(
            [HttpStatusCode.SwitchingProtocols, HttpStatusCode.SwitchingProtocols, HttpStatusCode.TooManyRequests, HttpStatusCode.SwitchingProtocols, HttpStatusCode.TooManyRequests],
            new[] { a1, a2, a3, b1, b2 }.Select(socket => socket.HttpStatusCode));
        Assert.Equal(WebSocketState.Open, b3.State);
        b3.Dispose();
    }

    [Fact]
    public async Task A_client_without_the_subprotocol_is_closed_with_4406()
    {
        await using var client = await WebSocketClient.ConnectAsync(_server.GraphQL, subProtocol: null);

        Assert.Equal(4406, await client.ReceiveCloseAsync());
    }

    private static Task<TransportServer> StartAsync(TimeSpan initializationTimeout) => TransportServer.StartAsync(options =>
    {
        options.Sockets.ConnectionInitializationTimeout = initializationTimeout;
        options.Sockets.OnConnect = (_, payload) => ValueTask.FromResult(payload?.GetValueOrDefault("token") as string != "forbidden");
    });

    /// <summary>A raw socket for <paramref name="client"/>, connected or refused (its status code tells which).</summary>
    private static async Task<ClientWebSocket> ConnectAsync(TransportServer server, string client)
    {
        var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        socket.Options.AddSubProtocol("graphql-transport-ws");
        socket.Options.SetRequestHeader("X-Client", client);
        try
        {
            await socket.ConnectAsync(new UriBuilder(server.GraphQL) { Scheme = "ws" }.Uri, CancellationToken.None);
        }
        catch (WebSocketException)
        {
            // Refused: HttpStatusCode holds the answer.
        }

        return socket;
    }

    /// <summary>Connects once the server has noticed a closed connection and given its slot back.</summary>
    private static async Task<ClientWebSocket> ConnectWhenFreedAsync(TransportServer server, string client)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var socket = await ConnectAsync(server, client);
            if (socket.State == WebSocketState.Open)
            {
                return socket;
            }

            socket.Dispose();
            await Task.Delay(50);
        }

        throw new TimeoutException("The closed connection's slot was not given back within 5 s.");
    }

    /// <summary>A server that pings every 100 ms and closes a connection silent for 500 ms.</summary>
    private static Task<TransportServer> StartPingingAsync() => TransportServer.StartAsync(options =>
    {
        options.Sockets.KeepAliveInterval = TimeSpan.FromMilliseconds(100);
        options.Sockets.PongTimeout = TimeSpan.FromMilliseconds(500);
    });

    private Task<WebSocketClient> ConnectAndInitializeAsync() => ConnectAndInitializeAsync(_server);

    private static async Task<WebSocketClient> ConnectAndInitializeAsync(TransportServer server)
    {
        var client = await WebSocketClient.ConnectAsync(server.GraphQL);
        await client.SendAsync(Init);
        Assert.Equal("""{"type":"connection_ack"}""", (await client.ReceiveSkippingPingsAsync()).GetRawText());
        return client;
    }

    private static async Task<string> DrainUntilPongAsync(WebSocketClient client)
    {
        while (true)
        {
            var message = await client.ReceiveSkippingPingsAsync();
            if (message.GetProperty("type").GetString() == "pong")
            {
                return message.GetRawText();
            }
        }
    }

    private static async Task<int> CloseCodeSkippingMessagesAsync(WebSocketClient client)
    {
        while (await client.ReceiveAsync() is not null)
        {
        }

        return (int)client.CloseStatus!.Value;
    }
}
