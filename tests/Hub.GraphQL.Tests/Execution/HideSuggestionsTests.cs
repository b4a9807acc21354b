using Hub.GraphQL.Execution;
using Hub.GraphQL.Validation;

namespace Hub.GraphQL.Tests.Execution;

/// <summary>graphql-js 17's <c>hideSuggestions</c>: the same errors, without "Did you mean …?".</summary>
public sealed class HideSuggestionsTests
{
    private static readonly Hub.GraphQL.Types.Schema Schema = Validation.ValidationAssert.BuildSchema("""
        type Query { pet(id: ID, kind: Kind, filter: PetFilter): String }
        enum Kind { DOG CAT }
        input PetFilter { name: String }
        """);

    [Theory]
    [InlineData("{ pt }", "Cannot query field \"pt\" on type \"Query\".")]
    [InlineData("{ pet(di: 1) }", "Unknown argument \"di\" on field \"Query.pet\".")]
    [InlineData("{ pet(kind: DGO) }", "Value \"DGO\" does not exist in \"Kind\" enum.")]
    [InlineData("{ pet(filter: { nme: \"x\" }) }", "Field \"nme\" is not defined by type \"PetFilter\".")]
    [InlineData("query ($f: PetFiltr) { pet(filter: $f) }", "Unknown type \"PetFiltr\".")]
    public void Validation_states_the_problem_without_a_hint(string query, string message)
    {
        var document = Hub.GraphQL.Language.Parser.Parse(query);

        Assert.Contains(DocumentValidator.Validate(Schema, document), error => error.Message.StartsWith(message + " Did you mean", StringComparison.Ordinal));
        Assert.Contains(DocumentValidator.Validate(Schema, document, hideSuggestions: true), error => error.Message == message);
    }

    [Fact]
    public async Task Variable_errors_state_the_problem_without_a_hint()
    {
        var request = new GraphQLRequest
        {
            Query = "query ($f: PetFilter, $k: Kind) { a: pet(filter: $f) b: pet(kind: $k) }",
            Variables = new Dictionary<string, object?> { ["f"] = new Dictionary<string, object?> { ["nme"] = "x" }, ["k"] = "DGO" },
        };

        var shown = await ErrorsAsync(new RequestExecutorOptions(), request);
        var hidden = await ErrorsAsync(new RequestExecutorOptions { HideSuggestions = true }, request);

        Assert.All(shown, message => Assert.Contains(" Did you mean ", message, StringComparison.Ordinal));
        Assert.Equal(
            [
                "Variable \"$f\" got invalid value { nme: \"x\" }; Field \"nme\" is not defined by type \"PetFilter\".",
                "Variable \"$k\" got invalid value \"DGO\"; Value \"DGO\" does not exist in \"Kind\" enum.",
            ],
            hidden);
    }

    private static async Task<List<string>> ErrorsAsync(RequestExecutorOptions options, GraphQLRequest request)
    {
        var result = (ExecutionResult)await new RequestExecutor(Schema, options).ExecuteAsync(request);
        return [.. result.Errors!.Select(error => error.Message)];
    }
}
