using Hub.Server.Tests.Transport;

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
    public async Task The_shipped_limits_let_the_ides_full_introspection_query_through()
    {
        using var factory = new HubServerFactory();
        var queries = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(FindIdeQueries())).RootElement;
        var client = factory.CreateClient();

        // The file's first five entries are what the IDE sends when it opens a document.
        foreach (var query in queries.EnumerateArray().Where(q => q.TryGetProperty("operationName", out _)))
        {
            var body = await (await client.SendAsync(GraphQLRequests.Post(query.GetRawText()))).JsonAsync();
            Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
            Assert.True(body.TryGetProperty("data", out _));
        }
    }

    private static string FindIdeQueries()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Hub.sln")))
            {
                // The engine's tests keep a copy of ../shared/conformance/bcp-introspection-queries.json.
                return Path.Combine(dir.FullName, "tests", "Hub.GraphQL.Tests", "Execution", "TestData", "bcp-introspection-queries.json");
            }
        }

        throw new DirectoryNotFoundException("The repository root (Hub.sln) was not found above the test binaries.");
    }
}
