using System.Text;
using System.Text.Json;
using Hub.GraphQL.Conformance.Execution;
using Xunit.Abstractions;

namespace Hub.GraphQL.Tests.Differential;

/// <summary>
/// Differential test: every case of <c>tests/Hub.GraphQL.Conformance/cases</c> runs on the engine and on graphql-js
/// 16.15.0 with the same schema, root value and conventions; the outputs must agree (see <see cref="ResultComparison"/>).
/// </summary>
public sealed class ExecutionCorpusTests(ITestOutputHelper output)
{
    public static IEnumerable<object[]> Cases => CorpusFolder.AllCases();

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Case_MatchesGraphQLJs(string schema, string caseName)
    {
        // Arrange
        var folder = CorpusFolder.Get(schema);
        var expected = folder.Expected[caseName];

        // Act
        var outcome = await new CaseRunner(folder.Engine).RunAsync(folder.Cases[caseName]);
        var actual = ToLine(outcome);

        // Assert
        var comparison = new ResultComparison(expected, actual, folder.ResolverMessages);
        output.WriteLine($"expected: {expected.GetRawText()}");
        output.WriteLine($"actual:   {actual.GetRawText()}");
        foreach (var note in comparison.Notes)
        {
            output.WriteLine($"note (resolver text, allowed to differ): {note}");
        }

        Assert.True(
            comparison.Mismatches.Count == 0,
            $"{schema} / {caseName}:\n  " + string.Join("\n  ", comparison.Mismatches));
    }

    [Fact]
    public void Corpus_HasAtLeast300CasesOverAtLeast3Schemas()
    {
        var cases = CorpusFolder.AllCases().ToList();

        Assert.True(cases.Count >= 300, $"The corpus has {cases.Count} cases.");
        Assert.True(cases.Select(pair => pair[0]).Distinct().Count() >= 3);
    }

    private static JsonElement ToLine(CaseOutcome outcome)
    {
        using var stream = new MemoryStream();
        CaseOutcomeWriter.WriteLine(outcome, stream);
        return JsonDocument.Parse(Encoding.UTF8.GetString(stream.ToArray())).RootElement;
    }
}
