using System.Net;

namespace Hub.Server.Tests.Transport;

public sealed class ServerSentEventsTests
{
    [Fact]
    public async Task A_subscription_streams_next_events_then_complete()
    {
        await using var server = await TransportServer.StartAsync();
        var request = GraphQLRequests.PostQuery("subscription { countdown(from: 2) }", accept: "text/event-stream");

        using var response = await server.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        var stream = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(
            "event: next\ndata: {\"data\":{\"countdown\":2}}\n\n" +
            "event: next\ndata: {\"data\":{\"countdown\":1}}\n\n" +
            "event: next\ndata: {\"data\":{\"countdown\":0}}\n\n" +
            "event: complete\ndata:\n\n",
            stream);
    }

    [Fact]
    public async Task A_query_accepting_only_event_stream_gets_one_event()
    {
        await using var server = await TransportServer.StartAsync();
        var response = await server.Client.SendAsync(GraphQLRequests.PostQuery("{ hello }", accept: "text/event-stream"));

        Assert.Equal("event: next\ndata: {\"data\":{\"hello\":\"Hello, world!\"}}\n\nevent: complete\ndata:\n\n",
            await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Events_arrive_as_they_happen_and_disconnecting_stops_the_stream()
    {
        await using var server = await TransportServer.StartAsync();
        var request = GraphQLRequests.PostQuery("subscription { countdown(from: 100000) }", accept: "text/event-stream");

        using (var response = await server.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead))
        {
            using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
            Assert.Equal("event: next", await reader.ReadLineAsync());
            Assert.Equal("data: {\"data\":{\"countdown\":100000}}", await reader.ReadLineAsync());
        }

        // The server is still healthy after the client went away mid-stream.
        var after = await server.Client.SendAsync(GraphQLRequests.PostQuery("{ hello }"));
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }
}
