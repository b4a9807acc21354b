using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Hub.Server.Tests.Transport;

namespace Hub.Server.Tests.SharedData;

/// <summary>Shared data over <c>graphql-transport-ws</c> is authorized per operation, as over HTTP.</summary>
public sealed class SharedDataWebSocketTests(SharedDataFixture fixture) : IClassFixture<SharedDataFixture>
{
    [Fact]
    public async Task A_revoked_token_ends_the_websocket_it_opened_before_the_next_operation_runs()
    {
        var (clientId, secret, token) = await fixture.Server.ClientAsync("persons.read");
        var query = $$$"""{"id":"{0}","type":"subscribe","payload":{"query":"{ person(idNumber: \"{{{SharedDataRows.PersonId}}}\") { sex } }"}}""";
        await using var socket = await WebSocketClient.ConnectAsync(new Uri(fixture.Server.Address, "/graphql"), accessToken: token);
        await socket.SendAsync("""{"type":"connection_init"}""");
        Assert.Equal("connection_ack", (await socket.ReceiveSkippingPingsAsync()).GetProperty("type").GetString());

        await socket.SendAsync(query.Replace("{0}", "before", StringComparison.Ordinal));
        var before = await socket.ReceiveSkippingPingsAsync();
        Assert.Equal("M", before.GetProperty("payload").GetProperty("data").GetProperty("person").GetProperty("sex").GetString());
        Assert.Equal("complete", (await socket.ReceiveSkippingPingsAsync()).GetProperty("type").GetString());

        using (var http = new HttpClient { BaseAddress = fixture.Server.Address })
        using (var revoke = new HttpRequestMessage(HttpMethod.Post, "/connect/revoke") { Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["token"] = token }) })
        {
            revoke.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{clientId}:{secret}")));
            Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(revoke)).StatusCode);
        }

        await socket.SendAsync(query.Replace("{0}", "after", StringComparison.Ordinal));
        Assert.Equal(4401, await socket.ReceiveCloseAsync());
    }
}
