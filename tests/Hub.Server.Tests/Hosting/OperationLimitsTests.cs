using System.Diagnostics;
using System.Net;
using System.Text;
using Hub.Server.Tests.Transport;
using Hub.Testing;

namespace Hub.Server.Tests.Hosting;

public sealed class OperationLimitsTests
{
    [Fact]
    public async Task An_operation_deeper_than_the_configured_limit_is_refused_before_it_runs()
    {
        using var factory = new HubServerFactory(new Dictionary<string, string?>
        {
            ["Hub:GraphQL:Limits:MaxExecutionDepth"] = "3",
        });
        var client = factory.CreateClient();

        var refused = await (await client.SendAsync(
            GraphQLRequests.PostQuery("{ __schema { queryType { fields { name } } } }"))).JsonAsync();
        var allowed = await (await client.SendAsync(
            GraphQLRequests.PostQuery("{ __schema { queryType { name } } }"))).JsonAsync();

        Assert.False(refused.TryGetProperty("data", out _));
        var error = refused.GetProperty("errors")[0];
        Assert.Equal(
            "The GraphQL document has an execution depth of 4 which exceeds the max allowed execution depth of 3.",
            error.GetProperty("message").GetString());
        Assert.Equal(4, error.GetProperty("extensions").GetProperty("detectedExecutionDepth").GetInt32());
        Assert.Equal("Query", allowed.GetProperty("data").GetProperty("__schema").GetProperty("queryType").GetProperty("name").GetString());
    }

    [Fact]
    public async Task An_anonymous_fragment_fan_out_is_refused_at_once_over_http()
    {
        await using var server = await HubKestrelServer.StartOnPostgresAsync("hub_fan_out");
        using var client = new HttpClient { BaseAddress = server.Address };
        await client.SendAsync(GraphQLRequests.PostQuery("{ __typename }")); // warm-up, so the clock measures the refusal only

        // 40 fragments, each spreading the next twice: 2^40 fields in about 1.6 KB.
        var document = new StringBuilder("{ ...F0 }");
        for (var i = 0; i < 40; i++)
        {
            document.Append($"\nfragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}");
        }

        document.Append("\nfragment F40 on Query { __typename }");
        var clock = Stopwatch.StartNew();
        var response = await client.SendAsync(GraphQLRequests.PostQuery(document.ToString()));
        clock.Stop();

        var body = await response.JsonAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(body.TryGetProperty("data", out _));
        Assert.Equal(
            "The GraphQL document selects 1099511627776 fields which exceeds the max allowed number of fields of 2000.",
            body.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"The refusal took {clock.Elapsed.TotalMilliseconds} ms.");
    }

    [Fact]
    public async Task The_shipped_limits_let_the_ides_full_introspection_query_through()
    {
        using var factory = new HubServerFactory();
        // The engine's tests keep a copy of ../shared/conformance/bcp-introspection-queries.json.
        var queries = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(Repository.File("tests", "Hub.GraphQL.Tests", "Execution", "TestData", "bcp-introspection-queries.json"))).RootElement;
        var client = factory.CreateClient();

        // The file's first five entries are what the IDE sends when it opens a document.
        foreach (var query in queries.EnumerateArray().Where(q => q.TryGetProperty("operationName", out _)))
        {
            var body = await (await client.SendAsync(GraphQLRequests.Post(query.GetRawText()))).JsonAsync();
            Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
            Assert.True(body.TryGetProperty("data", out _));
        }
    }
}
