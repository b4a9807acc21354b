using System.Collections.Concurrent;
using System.Text.Json;
using Hub.GraphQL.Conformance.Execution;

namespace Hub.GraphQL.Tests.Differential;

/// <summary>
/// One corpus schema folder with both sides loaded once per test run: the engine's binding and graphql-js's answers
/// (the oracle runs once per schema, not once per case).
/// </summary>
public sealed class CorpusFolder
{
    private static readonly ConcurrentDictionary<string, Lazy<CorpusFolder>> Loaded = new(StringComparer.Ordinal);

    private readonly Lazy<IReadOnlyDictionary<string, JsonElement>> _expected;

    private CorpusFolder(string name)
    {
        _expected = new Lazy<IReadOnlyDictionary<string, JsonElement>>(RunOracle);
        Name = name;
        var folder = Path.Combine(RepositoryPaths.Cases, name);
        SchemaPath = Path.Combine(folder, "schema.graphql");
        RootPath = Path.Combine(folder, "root.json");
        CasesPath = Path.Combine(folder, "cases.json");
        Cases = ExecutionCase.Load(CasesPath).ToDictionary(testCase => testCase.Name, StringComparer.Ordinal);
        Engine = CorpusSchema.Load(SchemaPath, RootPath);
        ResolverMessages = CollectResolverMessages(RootPath);
    }

    public string Name { get; }

    public string SchemaPath { get; }

    public string RootPath { get; }

    public string CasesPath { get; }

    public IReadOnlyDictionary<string, ExecutionCase> Cases { get; }

    public CorpusSchema Engine { get; }

    /// <summary>The <c>$error</c> messages of the root: texts a resolver throws, not texts graphql-js composes.</summary>
    public IReadOnlySet<string> ResolverMessages { get; }

    /// <summary>graphql-js's output line for each case, by case name.</summary>
    public IReadOnlyDictionary<string, JsonElement> Expected => _expected.Value;

    public static CorpusFolder Get(string name) => Loaded.GetOrAdd(name, key => new Lazy<CorpusFolder>(() => new CorpusFolder(key))).Value;

    /// <summary>Every (schema, case) pair of the corpus, for xunit theories.</summary>
    public static IEnumerable<object[]> AllCases() =>
        RepositoryPaths.SchemaNames.SelectMany(schema =>
            ExecutionCase.Load(Path.Combine(RepositoryPaths.Cases, schema, "cases.json"))
                .Select(testCase => new object[] { schema, testCase.Name }));

    private IReadOnlyDictionary<string, JsonElement> RunOracle()
    {
        var output = GraphQLJs.Run("oracle.mjs", "execute", "--schema", SchemaPath, "--root", RootPath, "--cases", CasesPath);
        var lines = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var element = JsonDocument.Parse(line).RootElement;
            lines[element.GetProperty("name").GetString()!] = element;
        }

        return lines;
    }

    private static HashSet<string> CollectResolverMessages(string rootPath)
    {
        var messages = new HashSet<string>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(File.ReadAllBytes(rootPath));
        Collect(JsonValueConverter.ToRootValue(document.RootElement));
        return messages;

        void Collect(object? value)
        {
            switch (value)
            {
                case ResolverFailure failure:
                    messages.Add(failure.Message);
                    break;
                case Dictionary<string, object?> fields:
                    foreach (var field in fields.Values)
                    {
                        Collect(field);
                    }

                    break;
                case List<object?> items:
                    items.ForEach(Collect);
                    break;
            }
        }
    }
}
