using System.Text.Json;
using Hub.GraphQL.Tests.Differential;
using Hub.Testing;

namespace Hub.GraphQL.Tests.Execution;

/// <summary>Runs graphql-js 16.15.0 (tests/js/graphql-js/oracle.mjs) on a corpus schema and returns each case's result JSON.</summary>
internal static class GraphQLJsOracle
{
    public static string CorpusDirectory(string schemaName) => Repository.File("tests", "Hub.GraphQL.Conformance", "cases", schemaName);

    /// <summary>The <c>result</c> of each case exactly as graphql-js's <c>JSON.stringify</c> wrote it, in case order.</summary>
    public static IReadOnlyList<string> Execute(string schemaName, IReadOnlyList<(string Query, string? OperationName)> cases)
    {
        var casesFile = Path.GetTempFileName();
        try
        {
            File.WriteAllText(casesFile, JsonSerializer.Serialize(cases.Select((c, i) => new Dictionary<string, object?>
            {
                ["name"] = "case " + i,
                ["query"] = c.Query,
                ["operationName"] = c.OperationName,
            })));
            var corpus = CorpusDirectory(schemaName);
            var output = GraphQLJs.Run("oracle.mjs", "execute",
                "--schema", Path.Combine(corpus, "schema.graphql"), "--root", Path.Combine(corpus, "root.json"), "--cases", casesFile);
            return [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("result").GetRawText())];
        }
        finally
        {
            File.Delete(casesFile);
        }
    }
}
