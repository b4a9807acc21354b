using BenchmarkDotNet.Attributes;
using Hub.GraphQL.Language;
using Hub.GraphQL.Language.Syntax;

namespace Hub.GraphQL.Benchmarks;

/// <summary>Parsing the workload's documents into syntax trees.</summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private readonly string _threeFields = Workload.Case(Workload.ThreeFields).Query;
    private readonly string _introspection = Workload.Case(Workload.FullIntrospection).Query;
    private readonly string _nestedList = Workload.Case(Workload.NestedList).Query;

    [Benchmark]
    public DocumentNode ThreeFields() => Parser.Parse(_threeFields);

    [Benchmark]
    public DocumentNode FullIntrospection() => Parser.Parse(_introspection);

    [Benchmark]
    public DocumentNode NestedList() => Parser.Parse(_nestedList);
}
