using System.Text.Json;
using Hub.GraphQL.Execution;
using Hub.GraphQL.Language;
using Hub.GraphQL.Serialization;
using Hub.GraphQL.Types;

namespace Hub.GraphQL.Tests.Execution;

/// <summary>
/// Banana Cake Pop's introspection queries (shared/conformance/bcp-introspection-queries.json) on every corpus
/// schema, compared byte for byte with graphql-js 16.15.0's response.
/// </summary>
public sealed class IntrospectionConformanceTests
{
    public static TheoryData<string> CorpusSchemas => new() { "starwars", "lists", "inputs", "scalars", "features" };

    [Theory]
    [MemberData(nameof(CorpusSchemas))]
    public async Task Introspection_matches_graphql_js(string schemaName)
    {
        var cases = IntrospectionQueries();
        var expected = GraphQLJsOracle.Execute(schemaName, cases);
        var sdl = File.ReadAllText(Path.Combine(GraphQLJsOracle.CorpusDirectory(schemaName), "schema.graphql"));
        var executor = SchemaBuilder.New().AddDocument(Parser.Parse(sdl)).Build().MakeExecutable();

        for (var i = 0; i < cases.Count; i++)
        {
            var result = await executor.ExecuteAsync(new GraphQLRequest { Query = cases[i].Query, OperationName = cases[i].OperationName });
            Assert.Equal(expected[i], ResultJsonWriter.ToJson((ExecutionResult)result));
        }
    }

    private static List<(string Query, string? OperationName)> IntrospectionQueries()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Execution", "TestData", "bcp-introspection-queries.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return [.. document.RootElement.EnumerateArray()
            .Select(e => (e.GetProperty("query").GetString()!, e.TryGetProperty("operationName", out var name) ? name.GetString() : null))
            .Where(c => c.Item1.Contains("__", StringComparison.Ordinal))];
    }
}
