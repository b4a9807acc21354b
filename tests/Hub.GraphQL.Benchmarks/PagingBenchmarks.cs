using BenchmarkDotNet.Attributes;
using Hub.GraphQL.Data.Paging;
using Hub.GraphQL.Execution;
using Hub.GraphQL.Types;

namespace Hub.GraphQL.Benchmarks;

/// <summary>
/// Field middleware's cost: a page of 50 rows through <c>UsePaging()</c>, and the same 50 rows as a plain list whose
/// fields have no middleware (the executor's pure path). In-memory rows, so the engine's work is what is measured.
/// </summary>
[MemoryDiagnoser]
public class PagingBenchmarks
{
    private static readonly Row[] Rows = [.. Enumerable.Range(0, 50).Select(i => new Row(i, $"row {i}"))];

    private readonly IRequestExecutor _executor = CreateSchema().MakeExecutable();

    [Benchmark]
    public ValueTask<IExecutionResult> PageOfFifty() =>
        _executor.ExecuteAsync(new GraphQLRequest { Query = "{ rows(first: 50) { edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }" });

    [Benchmark]
    public ValueTask<IExecutionResult> ListOfFiftyWithoutMiddleware() =>
        _executor.ExecuteAsync(new GraphQLRequest { Query = "{ plainRows { id name } }" });

    private static Schema CreateSchema()
    {
        var builder = SchemaBuilder.New().AddSdl("type Query { rows: [Row!] plainRows: [Row!] } type Row { id: Int! name: String! }");
        builder.Field("Query", "rows").Resolve(_ => Rows.AsQueryable().OrderBy(r => r.Id)).UsePaging();
        builder.BindResolver("Query", "plainRows", _ => Rows);
        return builder.Build();
    }

    public sealed record Row(int Id, string Name);
}
