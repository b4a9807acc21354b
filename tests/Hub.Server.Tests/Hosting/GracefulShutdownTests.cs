using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Hub.Server.Tests.Cli;

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

    [Fact]
    public async Task Sigterm_stops_the_hub_within_its_shutdown_timeout_while_a_request_is_in_flight()
    {
        var folder = Directory.CreateTempSubdirectory("hub-sigterm-").FullName;
        var port = HubKestrelServer.FreePort();
        using var hub = HubProcess.Start(folder, new Dictionary<string, string>(), "serve", $"--urls=http://127.0.0.1:{port}",
            $"--Hub:DataFolder={Path.Combine(folder, "data")}", "--Hub:SeedOnFirstStart=false", "--Hub:ShutdownTimeout=00:00:02");
        var output = hub.StandardOutput.ReadToEndAsync();
        var error = hub.StandardError.ReadToEndAsync();
        try
        {
            using var client = await ConnectWhenServingAsync(port, hub);
            var stream = client.GetStream();
            await stream.WriteAsync(Encoding.ASCII.GetBytes(
                $"POST /graphql HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json\r\n" +
                "Content-Length: 100\r\nExpect: 100-continue\r\n\r\n"));
            Assert.StartsWith("HTTP/1.1 100 Continue", await ReadUntilAsync(stream, "\r\n\r\n"));

            // The request's body never comes: the hub must give up on it when the shutdown timeout ends.
            var clock = Stopwatch.StartNew();
            using (var signal = Process.Start("kill", ["-TERM", hub.Id.ToString(CultureInfo.InvariantCulture)]))
            {
                await signal.WaitForExitAsync();
            }

            await hub.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);
            clock.Stop();

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2 + 3), $"The hub took {clock.Elapsed.TotalSeconds:F1} s to stop.");
            Assert.Equal(0, hub.ExitCode);
        }
        finally
        {
            if (!hub.HasExited)
            {
                hub.Kill();
            }

            await Task.WhenAll(output, error);
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<TcpClient> ConnectWhenServingAsync(int port, Process hub)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            Assert.False(hub.HasExited, "The hub exited before it served.");
            var client = new TcpClient();
            try
            {
                await client.ConnectAsync("127.0.0.1", port);
                return client;
            }
            catch (SocketException)
            {
                client.Dispose();
                await Task.Delay(100);
            }
        }

        throw new TimeoutException("The hub did not listen within 60 s.");
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
