using System.Net.Sockets;
using System.Text;
using Hub.Testing;

namespace Hub.Server.Tests.Faults;

/// <summary>A client that goes away while its answer is being written is routine, not an error of the hub.</summary>
[Collection(FaultCollection.Name)]
public sealed class ClientDisconnectTests
{
    [Fact]
    public async Task Clients_that_disconnect_mid_response_are_not_logged_as_errors()
    {
        using var cluster = PostgresCluster.Create();
        await using var hub = HubServeProcess.Start(await cluster.CreateDatabaseAsync());
        await hub.WaitUntilListeningAsync(TimeSpan.FromSeconds(90));

        // The schema's introspection: tens of kilobytes, more than the socket takes before the reset arrives.
        var body = """{"query":"{ __schema { types { name description fields { name description args { name description } } } } }"}""";
        var request = Encoding.ASCII.GetBytes(
            $"POST /graphql HTTP/1.1\r\nHost: {hub.Address.Authority}\r\nContent-Type: application/json\r\nContent-Length: {body.Length}\r\n\r\n{body}");
        for (var i = 0; i < 200; i++)
        {
            using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            await socket.ConnectAsync(hub.Address.Host, hub.Address.Port);
            await socket.SendAsync(request);
            await Task.Delay(i % 5);
            socket.LingerState = new LingerOption(true, 0); // close with a reset, as a killed client does
            socket.Close();
        }

        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.False(hub.HasExited, hub.Output);
        var errors = hub.Output.Split('\n').Where(line => line.Contains("\"LogLevel\":\"Error\"", StringComparison.Ordinal)
            || line.Contains("\"LogLevel\":\"Critical\"", StringComparison.Ordinal) || line.Contains("mismatch", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(errors.Count == 0, string.Join('\n', errors));
    }
}
