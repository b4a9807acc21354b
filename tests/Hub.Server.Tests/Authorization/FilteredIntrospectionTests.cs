using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Hub.GraphQL.Types;
using Hub.Server.Tests.SharedData;
using Hub.Testing;
using GraphQLSchema = Hub.GraphQL.Types.Schema;

namespace Hub.Server.Tests.Authorization;

/// <summary>
/// Introspection through HTTP shows each caller only what its scopes let it query, and stays a schema Banana Cake
/// Pop can use: every query the IDE sends answers without errors, and graphql-js's <c>buildClientSchema</c> rebuilds
/// a valid schema from the full one.
/// </summary>
public sealed class FilteredIntrospectionTests
{
    private static readonly string Root = Repository.Root;

    [Fact]
    public async Task Each_caller_sees_the_fields_it_may_query_and_the_ide_can_build_a_schema_from_it()
    {
        await using var server = await SharedDataServer.StartAsync(onPostgres: true);
        using var http = new HttpClient { BaseAddress = server.Address };

        var anonymous = await ClientSchemaAsync(http, token: null);
        var persons = await ClientSchemaAsync(http, await server.TokenAsync("persons.read"));
        var enforcement = await ClientSchemaAsync(http, await server.TokenAsync("enforcement.read"));

        Assert.Equal(["agencies", "agency", "health", "version"], FieldsOf(anonymous, "Query"));
        Assert.Null(anonymous.GetType("Person"));
        Assert.Equal(["agencies", "agency", "health", "person", "version"], FieldsOf(persons, "Query"));
        Assert.Equal(["ageBand", "birthYear", "idNumber", "regionCode", "sex"], FieldsOf(persons, "Person"));
        Assert.Null(persons.GetType("AdministrativePenalty"));
        Assert.Contains("administrativePenalties", FieldsOf(enforcement, "Query"));
        Assert.DoesNotContain("person", FieldsOf(enforcement, "Query"));
        Assert.Contains("decisionNo", FieldsOf(enforcement, "AdministrativePenalty"));
    }

    [Fact]
    public async Task The_sdl_shows_each_caller_what_introspection_shows_and_the_whole_schema_only_to_hub_admin()
    {
        await using var server = await SharedDataServer.StartAsync(onPostgres: true);
        using var http = new HttpClient { BaseAddress = server.Address };

        var anonymous = SchemaBuilder.FromSdl(await SdlAsync(http, token: null));
        var persons = SchemaBuilder.FromSdl(await SdlAsync(http, await server.TokenAsync("persons.read")));
        var admin = await SdlAsync(http, await server.TokenAsync("hub:admin"));

        Assert.Equal(["agencies", "agency", "health", "version"], FieldsOf(anonymous, "Query"));
        Assert.Null(anonymous.GetType("Person"));
        Assert.Null(anonymous.GetType("AuditEntry"));
        Assert.Equal(["agencies", "agency", "health", "person", "version"], FieldsOf(persons, "Query"));
        Assert.Equal(["ageBand", "birthYear", "idNumber", "regionCode", "sex"], FieldsOf(persons, "Person"));
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(Root, "schema", "hub.graphql")), admin + "\n");
    }

    [Fact]
    public async Task Validation_errors_do_not_suggest_the_names_introspection_hides()
    {
        await using var server = await SharedDataServer.StartAsync(onPostgres: true);
        using var http = new HttpClient { BaseAddress = server.Address };
        var noDataScope = await server.TokenAsync("clues.read");

        foreach (var (token, query, expected) in new[]
        {
            (noDataScope, "{ persn(idNumber: \"x\") { sex } }", "Cannot query field \"persn\" on type \"Query\"."),
            (noDataScope, "{ administrativePenalties { nodes { personNam } } }", "Cannot query field \"personNam\" on type \"AdministrativePenalty\"."),
            ((string?)null, "{ person(idNumbr: \"x\") { sex } }", "Unknown argument \"idNumbr\" on field \"Query.person\"."),
        })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
            request.Headers.Authorization = token is null ? null : new AuthenticationHeaderValue("Bearer", token);
            using var response = await http.SendAsync(request);
            var result = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            var messages = result.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("message").GetString()!).ToList();
            Assert.Contains(expected, messages);
            Assert.All(messages, m => Assert.DoesNotContain("Did you mean", m, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task With_filtering_turned_off_every_caller_sees_the_whole_schema()
    {
        await using var server = await HubKestrelServer.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Hub:Database:Provider"] = "PostgreSql",
            ["Hub:Database:ConnectionString"] = await PostgresServer.Shared.CreateDatabaseAsync("hub_authz_unfiltered"),
            ["Identity:KeyEncryptionKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["Hub:GraphQL:Authorization:FilterIntrospection"] = "false",
        });
        using var http = new HttpClient { BaseAddress = server.Address };

        var anonymous = await ClientSchemaAsync(http, token: null);

        Assert.Contains("person", FieldsOf(anonymous, "Query"));
        Assert.NotNull(anonymous.GetType("AdministrativePenalty"));

        // With nothing hidden there is nothing to keep from validation's hints either.
        var misspelt = await http.PostAsJsonAsync("/graphql", new { query = "{ persn }" });
        var message = JsonDocument.Parse(await misspelt.Content.ReadAsStringAsync()).RootElement.GetProperty("errors")[0].GetProperty("message").GetString();
        Assert.Contains("Did you mean \"person\"", message, StringComparison.Ordinal);
    }

    /// <summary>Sends every Banana Cake Pop introspection query (the file also holds two plain queries) as the caller and rebuilds the full answer with graphql-js.</summary>
    private static async Task<GraphQLSchema> ClientSchemaAsync(HttpClient http, string? token)
    {
        var queries = JsonDocument.Parse(await File.ReadAllTextAsync(
            Path.Combine(Root, "tests", "Hub.GraphQL.Tests", "Execution", "TestData", "bcp-introspection-queries.json"))).RootElement;
        string? full = null;
        foreach (var request in queries.EnumerateArray().Where(q => q.GetProperty("query").GetString()!.Contains("__", StringComparison.Ordinal)))
        {
            var body = await PostAsync(http, request, token);
            Assert.False(JsonDocument.Parse(body).RootElement.TryGetProperty("errors", out var errors), $"{request}: {errors}");
            if (request.GetProperty("query").GetString()!.Contains("__schema", StringComparison.Ordinal))
            {
                full = body;
            }
        }

        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(file, full ?? throw new InvalidOperationException("No full introspection query in the IDE's queries."));
            var sdl = await NodeScript.RunAsync("graphql-js", "roundtrip.mjs", [file], TimeSpan.FromMinutes(1));
            return SchemaBuilder.FromSdl(sdl);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task<string> SdlAsync(HttpClient http, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?sdl");
        request.Headers.Authorization = token is null ? null : new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        Assert.Equal("application/graphql", response.Content.Headers.ContentType!.MediaType);
        return await response.Content.ReadAsStringAsync();
    }

    private static List<string> FieldsOf(GraphQLSchema schema, string typeName) =>
        [.. ((ObjectType)schema.GetType(typeName)!).Fields.Keys.Order(StringComparer.Ordinal)];

    private static async Task<string> PostAsync(HttpClient http, JsonElement body, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(body) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        return text;
    }
}
