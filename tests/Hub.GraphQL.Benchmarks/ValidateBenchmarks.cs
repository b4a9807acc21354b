using BenchmarkDotNet.Attributes;
using Hub.GraphQL.Errors;
using Hub.GraphQL.Language;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Types;
using Hub.GraphQL.Validation;

namespace Hub.GraphQL.Benchmarks;

/// <summary>All specified validation rules over an already parsed document (what a document-cache miss costs).</summary>
[MemoryDiagnoser]
public class ValidateBenchmarks
{
    private readonly Schema _schema = Workload.Corpus.Schema;
    private readonly DocumentNode _threeFields = Parser.Parse(Workload.Case(Workload.ThreeFields).Query);
    private readonly DocumentNode _introspection = Parser.Parse(Workload.Case(Workload.FullIntrospection).Query);
    private readonly DocumentNode _nestedList = Parser.Parse(Workload.Case(Workload.NestedList).Query);

    [Benchmark]
    public IReadOnlyList<GraphQLError> ThreeFields() => DocumentValidator.Validate(_schema, _threeFields);

    [Benchmark]
    public IReadOnlyList<GraphQLError> FullIntrospection() => DocumentValidator.Validate(_schema, _introspection);

    [Benchmark]
    public IReadOnlyList<GraphQLError> NestedList() => DocumentValidator.Validate(_schema, _nestedList);
}
