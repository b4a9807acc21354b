using Hub.GraphQL.Conformance.ValidationCorpus;
using Hub.Testing;

namespace Hub.GraphQL.Tests.Validation;

/// <summary>Replays graphql-js 16's own validation test cases (536) in process, one rule per case.</summary>
public sealed class ValidationCorpusTests
{
    [Fact]
    public void GraphQLJs16CorpusPassesAtLeast530CasesByLocations()
    {
        var corpus = ValidationCorpusFile.Load(Repository.File("tests/Hub.GraphQL.Conformance/cases/validation/graphql-js-16-validation-corpus.json"));

        var results = new ValidationCorpusRunner(corpus).RunAll();

        var failures = results.Where(r => !r.LocationsMatch).Select(r => $"{r.Case.Test}: expected {string.Join(" | ", r.Expected)}; actual {string.Join(" | ", r.Actual)}");
        var passed = results.Count(r => r.LocationsMatch);
        Assert.Equal(536, results.Count);
        Assert.True(passed >= 530, $"{passed} passed by locations:\n{string.Join("\n", failures)}");
    }

    [Fact]
    public void GraphQLJs16CorpusMessagesMatchForAtLeast530Cases()
    {
        var corpus = ValidationCorpusFile.Load(Repository.File("tests/Hub.GraphQL.Conformance/cases/validation/graphql-js-16-validation-corpus.json"));

        var results = new ValidationCorpusRunner(corpus).RunAll();

        var matched = results.Count(r => r.MessagesMatch);
        Assert.True(matched >= 530, $"{matched} cases match by message");
    }
}
