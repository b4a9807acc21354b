using System.Buffers;
using BenchmarkDotNet.Attributes;
using Hub.GraphQL.Conformance.Execution;

namespace Hub.GraphQL.Benchmarks;

/// <summary>
/// A whole request through the executor (document and operation caches warm, as on a busy server) and serialized
/// to JSON bytes: the same work <c>execute --repeat</c> times against graphql-js.
/// </summary>
[MemoryDiagnoser]
public class ExecuteBenchmarks
{
    private readonly CaseRunner _runner = new(Workload.Corpus);
    private readonly ArrayBufferWriter<byte> _output = new(1 << 20);
    private readonly ExecutionCase _threeFields = Workload.Case(Workload.ThreeFields);
    private readonly ExecutionCase _introspection = Workload.Case(Workload.FullIntrospection);
    private readonly ExecutionCase _nestedList = Workload.Case(Workload.NestedList);

    [Benchmark]
    public ValueTask ThreeFields() => RunAsync(_threeFields);

    [Benchmark]
    public ValueTask FullIntrospection() => RunAsync(_introspection);

    [Benchmark]
    public ValueTask NestedList() => RunAsync(_nestedList);

    private ValueTask RunAsync(ExecutionCase testCase)
    {
        _output.ResetWrittenCount();
        return _runner.ExecuteAsync(testCase, _output);
    }
}
