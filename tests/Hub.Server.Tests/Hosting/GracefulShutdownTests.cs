using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Hub.Server.Tests.Hosting;

/// <summary>Shutting down stops new connections but lets a request already being served finish.</summary>
public sealed class GracefulShutdownTests
{
    [Fact]
    public async Task A_request_in_flight_when_shutdown_begins_is_answered_and_new_connections_are_refused()
    {
        await using var server = await HubKestrelServer.StartAsync();
        var body = Encoding.UTF8.GetBytes("""{"query":"{ version { runtime } }"}""");

        using var client = new TcpClient();
        await client.ConnectAsync(server.Address.Host, server.Address.Port);
        var stream = client.GetStream();
        // Expect: 100-continue makes the server say when the endpoint starts reading the body: from then on the
        // request is provably in flight, and we hold its body back until the shutdown is under way.
        await stream.WriteAsync(Encoding.ASCII.GetBytes(
            $"POST /graphql HTTP/1.1\r\nHost: {server.Address.Authority}\r\nContent-Type: application/json\r\n" +
            $"Accept: application/graphql-response+json\r\nContent-Length: {body.Length}\r\nExpect: 100-continue\r\n\r\n"));
        Assert.StartsWith("HTTP/1.1 100 Continue", await ReadUntilAsync(stream, "\r\n\r\n"));

        var stopping = server.StopAsync();
        await WaitUntilRefusedAsync(server.Address);
        Assert.False(stopping.IsCompleted, "The server stopped while a request was still in flight.");

        await stream.WriteAsync(body);
        var response = await ReadUntilAsync(stream, "}}}");
        Assert.StartsWith("HTTP/1.1 200 OK", response);
        var json = JsonDocument.Parse(response[response.IndexOf("\r\n\r\n", StringComparison.Ordinal)..].Trim());
        Assert.StartsWith(".NET", json.RootElement.GetProperty("data").GetProperty("version").GetProperty("runtime").GetString());
        await stopping.WaitAsync(TimeSpan.FromSeconds(30));
    }

    private static async Task WaitUntilRefusedAsync(Uri address)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            using var probe = new TcpClient();
            try
            {
                await probe.ConnectAsync(address.Host, address.Port);
            }
            catch (SocketException)
            {
                return;
            }

            await Task.Delay(50);
        }

        Assert.Fail("The server still accepted new connections 5 s after shutdown began.");
    }

    private static async Task<string> ReadUntilAsync(NetworkStream stream, string terminator)
    {
        var text = new StringBuilder();
        var buffer = new byte[4096];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!text.ToString().Contains(terminator, StringComparison.Ordinal))
        {
            var read = await stream.ReadAsync(buffer, timeout.Token);
            if (read == 0)
            {
                break;
            }

            text.Append(Encoding.UTF8.GetString(buffer, 0, read));
        }

        return text.ToString();
    }
}
