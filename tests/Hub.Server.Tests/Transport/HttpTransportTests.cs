using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Hub.Server.Tests.Transport;

public sealed class HttpTransportTests : IAsyncLifetime
{
    private TransportServer _server = null!;

    private HttpClient Client => _server.Client;

    public async Task InitializeAsync() => _server = await TransportServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_query_is_200_with_graphql_response_json_and_a_content_length()
    {
        var response = await Client.SendAsync(GraphQLRequests.PostQuery("{ hello(name: \"Hub\") }"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal("""{"data":{"hello":"Hello, Hub!"}}""", body);
        Assert.Equal(body.Length, response.Content.Headers.ContentLength);
    }

    [Fact]
    public async Task Variables_and_operation_name_are_used()
    {
        var request = GraphQLRequests.Post("""
            {"query":"query A { a: hello } query B($n: String) { b: hello(name: $n) }","operationName":"B","variables":{"n":"vars"}}
            """);
        var body = await (await Client.SendAsync(request)).JsonAsync();

        Assert.Equal("Hello, vars!", body.GetProperty("data").GetProperty("b").GetString());
    }

    [Theory]
    [InlineData("{ hello(", "application/graphql-response+json", HttpStatusCode.BadRequest)]
    [InlineData("{ nope }", "application/graphql-response+json", HttpStatusCode.BadRequest)]
    [InlineData("{ hello(", "application/json", HttpStatusCode.OK)]
    [InlineData("{ nope }", "application/json", HttpStatusCode.OK)]
    public async Task Parse_and_validation_errors_are_400_with_graphql_response_json_and_200_with_json(string query, string accept, HttpStatusCode expected)
    {
        var response = await Client.SendAsync(GraphQLRequests.PostQuery(query, accept: accept));
        var body = await response.JsonAsync();

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(accept, response.Content.Headers.ContentType?.MediaType);
        Assert.False(body.TryGetProperty("data", out _));
        Assert.NotEmpty(body.GetProperty("errors").EnumerateArray());
    }

    [Fact]
    public async Task A_missing_or_wildcard_accept_header_answers_application_json()
    {
        var missing = GraphQLRequests.PostQuery("{ hello }");
        missing.Headers.Accept.Clear();
        var wildcard = GraphQLRequests.PostQuery("{ hello }", accept: "*/*");

        Assert.Equal("application/json", (await Client.SendAsync(missing)).Content.Headers.ContentType?.MediaType);
        Assert.Equal("application/json", (await Client.SendAsync(wildcard)).Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_partial_result_with_errors_is_200_and_keeps_the_code()
    {
        var response = await Client.SendAsync(GraphQLRequests.PostQuery("{ hello refused }"));
        var body = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Hello, world!", body.GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal("Refused on purpose.", body.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal("HUB_REFUSED", body.FirstErrorCode());
    }

    [Fact]
    public async Task An_unexpected_exception_is_masked_outside_development()
    {
        var body = await (await Client.SendAsync(GraphQLRequests.PostQuery("{ unexpected }"))).JsonAsync();
        var error = body.GetProperty("errors")[0];

        Assert.Equal("Unexpected Execution Error", error.GetProperty("message").GetString());
        Assert.Equal("HC0008", body.FirstErrorCode());
        Assert.DoesNotContain("secret", body.GetRawText());
        Assert.Equal("unexpected", error.GetProperty("path")[0].GetString());
    }

    [Fact]
    public async Task Get_runs_queries_and_refuses_mutations_with_405()
    {
        var query = await Client.SendAsync(GraphQLRequests.Get("query=" + Uri.EscapeDataString("{ hello }")));
        var mutation = await Client.SendAsync(GraphQLRequests.Get("query=" + Uri.EscapeDataString("mutation { add(a: 1, b: 2) }")));

        Assert.Equal(HttpStatusCode.OK, query.StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, mutation.StatusCode);
        Assert.Contains("POST", mutation.Content.Headers.Allow);
        Assert.Equal("HC0009", (await mutation.JsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task Get_reads_variables_as_url_encoded_json()
    {
        var response = await Client.SendAsync(GraphQLRequests.Get(
            "query=" + Uri.EscapeDataString("query($n: String) { hello(name: $n) }") + "&variables=" + Uri.EscapeDataString("""{"n":"get"}""")));

        Assert.Equal("Hello, get!", (await response.JsonAsync()).GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task A_mutation_over_post_runs()
    {
        var body = await (await Client.SendAsync(GraphQLRequests.PostQuery("mutation { add(a: 40, b: 2) }"))).JsonAsync();

        Assert.Equal(42, body.GetProperty("data").GetProperty("add").GetInt32());
    }

    [Fact]
    public async Task An_unsupported_accept_header_is_406()
    {
        var response = await Client.SendAsync(GraphQLRequests.PostQuery("{ hello }", accept: "text/plain"));

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal("HC0063", (await response.JsonAsync()).FirstErrorCode());
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/json; charset=latin1")]
    public async Task An_unsupported_content_type_is_415(string contentType)
    {
        var response = await Client.SendAsync(GraphQLRequests.Post("""{"query":"{ hello }"}""", contentType: contentType));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Theory]
    [InlineData("{\"query\": ", "HC0009")]
    [InlineData("", "HC0009")]
    [InlineData("{\"query\": 1}", "HC0009")]
    [InlineData("{\"query\": \"{ hello }\", \"variables\": \"x\"}", "HC0009")]
    [InlineData("{\"operationName\": \"A\"}", "HC0013")]
    [InlineData("[{\"query\": \"{ hello }\"}]", "HC0009")]
    public async Task Malformed_requests_are_400_with_the_request_error_code(string body, string code)
    {
        var response = await Client.SendAsync(GraphQLRequests.Post(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, (await response.JsonAsync()).FirstErrorCode());
    }

    [Theory]
    [InlineData("{\"query\": \"{ hello }\", \"operationName\": \"\xFF\"}", 40)]
    [InlineData("{\"\xC3\": 1, \"query\": \"{ hello }\"}", 1)]
    [InlineData("{\"query\": \"\\ud800\"}", 10)]
    [InlineData("{\"query\": \"{ hello }\", \"variables\": {\"a\": \"x\\udc00\"}}", 42)]
    public async Task Invalid_utf8_or_a_lone_surrogate_escape_is_400_naming_where(string latin1Body, int offset)
    {
        // Each char of the body is one byte, so "\xFF" is the lone byte 0xFF, not valid UTF-8. The offset is the string's opening quote.
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(Encoding.Latin1.GetBytes(latin1Body)) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Accept.ParseAdd(GraphQLRequests.GraphQLResponseJson);

        var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.JsonAsync()).GetProperty("errors")[0];
        Assert.Equal(
            $"The GraphQL request body is not valid JSON: The string at byte {offset} is not valid UTF-8 or holds an unpaired surrogate escape.",
            error.GetProperty("message").GetString());
        Assert.Equal("HC0009", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_client_that_disconnects_stops_its_request()
    {
        var before = TransportTestSchema.CancelledWaits;
        using var leaving = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            Client.SendAsync(GraphQLRequests.PostQuery("{ waitForCancellation }"), leaving.Token));

        Assert.True(await CancelledWaitAsync(before), "The resolver still waited 10 s after its client disconnected.");
    }

    [Fact]
    public async Task A_request_over_the_execution_timeout_is_stopped_with_HC0045()
    {
        await using var impatient = await TransportServer.StartAsync(executionTimeout: TimeSpan.FromMilliseconds(200));
        var before = TransportTestSchema.CancelledWaits;

        var response = await impatient.Client.SendAsync(GraphQLRequests.PostQuery("{ waitForCancellation }"));

        var error = (await response.JsonAsync()).GetProperty("errors")[0];
        Assert.Equal("The request exceeded the configured timeout of `00:00:00.2000000`.", error.GetProperty("message").GetString());
        Assert.Equal("HC0045", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.True(await CancelledWaitAsync(before), "The resolver kept waiting after the request timed out.");
    }

    [Fact]
    public async Task Large_requests_beyond_the_concurrency_limit_wait_their_turn_and_small_ones_chunked_or_not_do_not()
    {
        await using var server = await TransportServer.StartAsync(options =>
        {
            options.LargeRequestSize = 1000;
            options.MaxConcurrentLargeRequests = 1;
        });
        var padding = new string(' ', 1000);
        var cancelledBefore = TransportTestSchema.CancelledWaits;
        using var holder = new CancellationTokenSource();

        var large = server.Client.SendAsync(GraphQLRequests.PostQuery("{ waitForCancellation }" + padding), holder.Token);
        await Task.Delay(300); // the first large request takes the only slot
        var queued = server.Client.SendAsync(GraphQLRequests.PostQuery("{ hello }" + padding));
        var chunkedLarge = server.Client.SendAsync(Chunked("{ hello }" + padding));
        var small = await server.Client.SendAsync(GraphQLRequests.PostQuery("{ hello }"));
        var chunkedSmall = await server.Client.SendAsync(Chunked("{ hello }"));
        await Task.Delay(300);
        var waitingWhileHeld = new[] { queued.IsCompleted, chunkedLarge.IsCompleted };
        await holder.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => large);
        var released = await queued.WaitAsync(TimeSpan.FromSeconds(10));
        var chunkedReleased = await chunkedLarge.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(HttpStatusCode.OK, small.StatusCode);
        Assert.Equal("Hello, world!", (await chunkedSmall.JsonAsync()).GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal([false, false], waitingWhileHeld);
        Assert.Equal("Hello, world!", (await released.JsonAsync()).GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal("Hello, world!", (await chunkedReleased.JsonAsync()).GetProperty("data").GetProperty("hello").GetString());
        Assert.True(await CancelledWaitAsync(cancelledBefore));
    }

    /// <summary>A POST of <paramref name="query"/> without Content-Length (chunked), as a streaming client sends it.</summary>
    private static HttpRequestMessage Chunked(string query)
    {
        var request = GraphQLRequests.PostQuery(query);
        var content = new StreamContent(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(new { query }))));
        content.Headers.ContentType = request.Content!.Headers.ContentType;
        request.Content = content;
        request.Headers.TransferEncodingChunked = true;
        return request;
    }

    [Fact]
    public async Task The_schema_is_served_as_sdl()
    {
        var response = await Client.GetAsync("/graphql?sdl");
        var sdl = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("type Mutation {", sdl);
        Assert.Contains("countdown(from: Int!): Int!", sdl);
    }

    [Fact]
    public async Task Other_methods_are_405()
    {
        var response = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Put, "/graphql"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
    }

    [Fact]
    public async Task A_subscription_over_post_needs_an_event_stream()
    {
        var response = await Client.SendAsync(GraphQLRequests.PostQuery("subscription { countdown(from: 1) }"));

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal("HC0064", (await response.JsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task Utf8_survives_both_ways()
    {
        var body = await (await Client.SendAsync(GraphQLRequests.PostQuery("{ hello(name: \"检察 🏃\") }"))).JsonAsync();

        Assert.Equal("Hello, 检察 🏃!", body.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Concurrent_requests_each_get_their_own_answer()
    {
        var answers = await Task.WhenAll(Enumerable.Range(0, 50).Select(async i =>
        {
            var body = await (await Client.SendAsync(GraphQLRequests.PostQuery("query($n: String) { hello(name: $n) }", new { n = $"n{i}" }))).JsonAsync();
            return body.GetProperty("data").GetProperty("hello").GetString();
        }));

        Assert.Equal(Enumerable.Range(0, 50).Select(i => $"Hello, n{i}!"), answers);
    }

    /// <summary>Whether a <c>waitForCancellation</c> resolver saw its cancellation (beyond <paramref name="before"/>) within 10 s.</summary>
    private static async Task<bool> CancelledWaitAsync(int before)
    {
        for (var waited = 0; waited < 10_000 && TransportTestSchema.CancelledWaits == before; waited += 20)
        {
            await Task.Delay(20);
        }

        return TransportTestSchema.CancelledWaits > before;
    }
}
