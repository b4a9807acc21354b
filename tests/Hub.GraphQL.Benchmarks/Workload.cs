using Hub.GraphQL.Conformance.Execution;

namespace Hub.GraphQL.Benchmarks;

/// <summary>
/// The benchmark workload in <c>workload/</c> (schema, JSON root, cases), bound exactly as the conformance runner binds
/// a corpus, so BenchmarkDotNet and <c>compare-graphql-js.sh</c> measure the same thing graphql-js runs.
/// </summary>
public static class Workload
{
    public const string ThreeFields = "three fields";
    public const string FullIntrospection = "full introspection";
    public const string NestedList = "nested list 100x10x3";

    private static readonly Lazy<CorpusSchema> LoadedCorpus = new(() => CorpusSchema.Load(PathOf("schema.graphql"), PathOf("root.json")));
    private static readonly Lazy<IReadOnlyDictionary<string, ExecutionCase>> LoadedCases =
        new(() => ExecutionCase.Load(PathOf("cases.json")).ToDictionary(testCase => testCase.Name, StringComparer.Ordinal));

    public static CorpusSchema Corpus => LoadedCorpus.Value;

    public static ExecutionCase Case(string name) => LoadedCases.Value[name];

    /// <summary>The workload folder, copied next to the benchmark binaries (BenchmarkDotNet runs them from elsewhere).</summary>
    public static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "workload", file);
}
