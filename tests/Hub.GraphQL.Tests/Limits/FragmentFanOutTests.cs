using System.Diagnostics;
using System.Text;
using Hub.GraphQL.Errors;
using Hub.GraphQL.Execution;
using Hub.GraphQL.Execution.Limits;
using Hub.GraphQL.Language;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Types;

namespace Hub.GraphQL.Tests.Limits;

/// <summary>
/// Documents whose fragments each spread the next twice select 2^n fields in a few hundred bytes. The limits count
/// them on the fragment graph, so every size is refused at once, through validation and the limit check.
/// </summary>
public sealed class FragmentFanOutTests
{
    private const int MaxFields = 1000;

    private static readonly Schema Schema = SchemaBuilder.New()
        .AddDocument(Parser.Parse(OperationLimits.CostDirectivesSdl + """

            type Query {
              leaf: Int
              node(id: Int): Query
              nodes(first: Int): [Query!]! @listSize(slicingArguments: ["first"])
            }
            """))
        .Build();

    public static TheoryData<string, int> Sizes()
    {
        var data = new TheoryData<string, int>();
        foreach (var variant in new[] { "spreads", "inline fragments", "aliases and arguments", "under a list field" })
        {
            foreach (var n in new[] { 10, 20, 30, 40 })
            {
                data.Add(variant, n);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task Every_size_is_refused_at_once(string variant, int n)
    {
        var (document, expectedFields) = variant switch
        {
            "spreads" => (FanOut(n, "{ ...F0 }", "...NEXT ...NEXT"), 1L << n),
            "inline fragments" => (FanOut(n, "{ ...F0 }", "... { ...NEXT } ... on Query { ...NEXT }"), 1L << n),
            "aliases and arguments" => (FanOut(n, "{ ...F0 }", "a: node(id: 1) { ...NEXT } b: node(id: 2) { ...NEXT }"), (3L << n) - 2),
            _ => (FanOut(n, "{ nodes(first: 10) { ...F0 } }", "nodes(first: 10) { ...NEXT } nodes(first: 10) { ...NEXT }"), 1 + (3L << n) - 2),
        };
        var executor = new RequestExecutor(Schema, new RequestExecutorOptions
        {
            DocumentAnalyzers = [new OperationLimitsAnalyzer(new LimitOptions { MaxFields = MaxFields })],
        });

        var clock = Stopwatch.StartNew();
        var result = (ExecutionResult)await executor.ExecuteAsync(new GraphQLRequest { Query = document });
        clock.Stop();

        Assert.False(result.HasData);
        Assert.Equal(
            $"The GraphQL document selects {expectedFields} fields which exceeds the max allowed number of fields of {MaxFields}.",
            result.Errors![0].Message);
        Assert.Equal(variant is "spreads" or "inline fragments" ? 1 : 3, result.Errors.Count);
        Assert.All(result.Errors.Skip(1), error => Assert.Equal(ErrorCodes.Execution.ComplexityExceeded, error.Code));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"{variant} at 2^{n} took {clock.Elapsed.TotalMilliseconds} ms");
    }

    [Fact]
    public void Costs_are_counted_as_if_every_spread_were_expanded()
    {
        // Each level selects two nodes of weight 1 and type cost 1: 2 + 4 + … + 2^11 = 2^12 - 2, plus the root type.
        var errors = Analyze(FanOut(11, "{ ...F0 }", "a: node(id: 1) { ...NEXT } b: node(id: 2) { ...NEXT }"), new() { MaxFieldCost = 0, MaxTypeCost = 0 });

        Assert.Equal((double)((1L << 12) - 2), errors.Single(e => e.Extensions!.ContainsKey("fieldCost")).Extensions!["fieldCost"]);
        Assert.Equal((double)((1L << 12) - 1), errors.Single(e => e.Extensions!.ContainsKey("typeCost")).Extensions!["typeCost"]);
    }

    [Fact]
    public void Counts_saturate_instead_of_overflowing()
    {
        var error = Assert.Single(Analyze(FanOut(70, "{ ...F0 }", "...NEXT ...NEXT"), new() { MaxFields = MaxFields }));

        Assert.Equal(long.MaxValue, error.Extensions!["detectedFields"]);
    }

    [Fact]
    public void A_chain_of_a_hundred_thousand_fragments_is_measured_without_recursing_through_it()
    {
        var error = Assert.Single(Analyze(FanOut(100_000, "{ ...F0 }", "node { ...NEXT }"), new() { MaxExecutionDepth = 32, EnforceCostLimits = false }));

        Assert.Equal(100_001, error.Extensions!["detectedExecutionDepth"]);
    }

    [Fact]
    public async Task A_chain_too_long_for_the_stack_is_refused_not_a_crash()
    {
        var chain = FanOut(50_000, "{ ...F0 }", "leaf ...NEXT");

        var validated = (ExecutionResult)await new RequestExecutor(Schema).ExecuteAsync(new GraphQLRequest { Query = chain });
        var unvalidated = (ExecutionResult)await new RequestExecutor(Schema, new RequestExecutorOptions { Validate = null })
            .ExecuteAsync(new GraphQLRequest { Query = chain });

        Assert.Equal(["Validation aborted."], validated.Errors!.Select(e => e.Message));
        Assert.Equal(["The operation's fragments are nested too deeply to be executed."], unvalidated.Errors!.Select(e => e.Message));
    }

    /// <summary>An operation over fragments F0 … Fn, where each Fi's body names F(i+1) as NEXT and Fn selects a leaf.</summary>
    private static string FanOut(int n, string operation, string body)
    {
        var document = new StringBuilder(operation);
        for (var i = 0; i < n; i++)
        {
            document.Append($"\nfragment F{i} on Query {{ {body.Replace("NEXT", $"F{i + 1}", StringComparison.Ordinal)} }}");
        }

        return document.Append($"\nfragment F{n} on Query {{ leaf }}").ToString();
    }

    private static IReadOnlyList<GraphQLError> Analyze(string query, LimitOptions options)
    {
        var document = Parser.Parse(query);
        return OperationLimits.Analyze(Schema, document, document.Definitions.OfType<OperationDefinitionNode>().Single(), options);
    }
}
