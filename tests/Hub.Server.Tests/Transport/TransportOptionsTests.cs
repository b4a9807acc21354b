using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Hub.Server.Tests.Transport;

public sealed class TransportOptionsTests
{
    [Fact]
    public async Task Batching_when_enabled_answers_a_json_array_in_order()
    {
        await using var server = await TransportServer.StartAsync(options => options.EnableBatching = true);
        var response = await server.Client.SendAsync(GraphQLRequests.Post("""
            [{"query":"{ hello(name: \"one\") }"},{"query":"{ nope }"},{"query":"mutation { add(a: 1, b: 1) }"}]
            """));
        var body = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, body.GetArrayLength());
        Assert.Equal("Hello, one!", body[0].GetProperty("data").GetProperty("hello").GetString());
        Assert.False(body[1].TryGetProperty("data", out _));
        Assert.Equal(2, body[2].GetProperty("data").GetProperty("add").GetInt32());
    }

    [Fact]
    public async Task A_body_over_the_size_limit_is_413()
    {
        await using var server = await TransportServer.StartAsync(options => options.MaxRequestSize = 100);
        var response = await server.Client.SendAsync(GraphQLRequests.PostQuery("{ hello(name: \"" + new string('x', 200) + "\") }"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("HC0010", (await response.JsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task Exception_details_are_included_in_development()
    {
        await using var server = await TransportServer.StartAsync(environment: "Development");
        var body = await (await server.Client.SendAsync(GraphQLRequests.PostQuery("{ unexpected }"))).JsonAsync();
        var extensions = body.GetProperty("errors")[0].GetProperty("extensions");

        Assert.Equal("secret connection string in here", extensions.GetProperty("message").GetString());
        Assert.Contains(nameof(InvalidOperationException), extensions.GetProperty("stackTrace").GetString());
    }

    [Fact]
    public async Task Persisted_documents_run_by_id_and_unknown_ids_are_reported()
    {
        var folder = Directory.CreateTempSubdirectory("hub-persisted-").FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "hello-v1.graphql"), "query($n: String) { hello(name: $n) }");
        await using var server = await TransportServer.StartAsync(options => options.PersistedOperations.DocumentsFolder = folder);

        var known = await (await server.Client.SendAsync(GraphQLRequests.Post("""{"id":"hello-v1","variables":{"n":"id"}}"""))).JsonAsync();
        var unknown = await server.Client.SendAsync(GraphQLRequests.Post("""{"id":"../hello-v1"}"""));

        Assert.Equal("Hello, id!", known.GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal("HC0020", (await unknown.JsonAsync()).FirstErrorCode());
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Trusted_documents_only_refuses_document_text()
    {
        var folder = Directory.CreateTempSubdirectory("hub-persisted-").FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "hello.graphql"), "{ hello }");
        await using var server = await TransportServer.StartAsync(options =>
        {
            options.PersistedOperations.DocumentsFolder = folder;
            options.PersistedOperations.OnlyAllowPersistedDocuments = true;
        });

        var byText = await server.Client.SendAsync(GraphQLRequests.PostQuery("{ hello }"));
        var byId = await server.Client.SendAsync(GraphQLRequests.Post("""{"id":"hello"}"""));

        Assert.Equal(HttpStatusCode.BadRequest, byText.StatusCode);
        Assert.Equal("HC0067", (await byText.JsonAsync()).FirstErrorCode());
        Assert.Equal(HttpStatusCode.OK, byId.StatusCode);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Automatic_persisted_queries_follow_apollos_protocol()
    {
        await using var server = await TransportServer.StartAsync();
        const string query = "{ hello(name: \"apq\") }";
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));
        string Body(bool withQuery) => JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["query"] = withQuery ? query : null,
            ["extensions"] = new { persistedQuery = new { version = 1, sha256Hash = hash } },
        });

        var miss = await (await server.Client.SendAsync(GraphQLRequests.Post(Body(withQuery: false)))).JsonAsync();
        var register = await (await server.Client.SendAsync(GraphQLRequests.Post(Body(withQuery: true)))).JsonAsync();
        var hit = await (await server.Client.SendAsync(GraphQLRequests.Post(Body(withQuery: false)))).JsonAsync();
        var mismatch = await server.Client.SendAsync(GraphQLRequests.Post(Body(withQuery: true).Replace(hash, new string('0', 64))));

        Assert.Equal("PersistedQueryNotFound", miss.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal("HC0020", miss.FirstErrorCode());
        Assert.Equal("Hello, apq!", register.GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal("Hello, apq!", hit.GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, mismatch.StatusCode);
    }
}
