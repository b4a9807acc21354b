using System.Diagnostics;
using System.Text.Json;

namespace Hub.GraphQL.Tests.Execution;

/// <summary>Runs graphql-js 16.15.0 (tests/js/graphql-js/oracle.mjs) on a corpus schema and returns each case's result JSON.</summary>
internal static class GraphQLJsOracle
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string CorpusDirectory(string schemaName)
        => Path.Combine(RepositoryRoot, "tests", "Hub.GraphQL.Conformance", "cases", schemaName);

    /// <summary>The <c>result</c> of each case exactly as graphql-js's <c>JSON.stringify</c> wrote it, in case order.</summary>
    public static IReadOnlyList<string> Execute(string schemaName, IReadOnlyList<(string Query, string? OperationName)> cases)
    {
        var folder = Path.Combine(RepositoryRoot, "tests", "js", "graphql-js");
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "graphql")))
        {
            throw new InvalidOperationException($"graphql-js is not installed: run `npm ci` in {folder} (./test.sh does it).");
        }

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
            var start = new ProcessStartInfo("node")
            {
                ArgumentList =
                {
                    Path.Combine(folder, "oracle.mjs"), "execute",
                    "--schema", Path.Combine(corpus, "schema.graphql"),
                    "--root", Path.Combine(corpus, "root.json"),
                    "--cases", casesFile,
                },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd();
            var errors = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"oracle.mjs failed ({process.ExitCode}): {errors}");
            }

            return [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("result").GetRawText())];
        }
        finally
        {
            File.Delete(casesFile);
        }
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Hub.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Hub.sln not found above " + AppContext.BaseDirectory);
    }
}
