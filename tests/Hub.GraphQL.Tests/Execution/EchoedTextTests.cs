using Hub.GraphQL.Errors;
using Hub.GraphQL.Execution;
using Hub.GraphQL.Language;
using Hub.GraphQL.Types;

namespace Hub.GraphQL.Tests.Execution;

/// <summary>Names and values a request sends come back in error messages cut to a short length, whatever the rule.</summary>
public sealed class EchoedTextTests
{
    private static readonly string LongName = new('n', 10_000_000);
    private static readonly string Kept = new string('n', EchoedText.MaxQuotedLength) + "…";

    private static readonly RequestExecutor Executor = new(SchemaBuilder.New()
        .AddDocument(Parser.Parse("type Query { hello(name: String): String }"))
        .Build());

    [Fact]
    public async Task A_ten_megabyte_field_name_comes_back_as_a_hundred_characters()
    {
        var error = Assert.Single(await ErrorsOf($"{{ {LongName} }}"));

        Assert.Equal($"Cannot query field \"{Kept}\" on type \"Query\".", error.Message);
    }

    [Fact]
    public async Task Argument_names_and_values_are_cut_in_validation_and_syntax_errors()
    {
        var unknownArgument = Assert.Single(await ErrorsOf($"{{ hello({LongName}: \"x\") }}"));
        var wrongValue = Assert.Single(await ErrorsOf($"{{ hello(name: {LongName}) }}"));
        var syntax = Assert.Single(await ErrorsOf($"{{ hello }} {LongName}"));

        Assert.Equal($"Unknown argument \"{Kept}\" on field \"Query.hello\".", unknownArgument.Message);
        // An enum literal is echoed without quotes, so only the message's own cap applies.
        const string prefix = "String cannot represent a non string value: ";
        Assert.Equal(prefix + new string('n', EchoedText.MaxMessageLength - prefix.Length) + "…", wrongValue.Message);
        Assert.Equal($"Syntax Error: Unexpected Name \"{Kept}\".", syntax.Message);
    }

    [Fact]
    public void Short_messages_and_short_quotes_are_unchanged_and_long_messages_are_capped()
    {
        const string message = "Cannot query field \"a\" on type \"Query\".";
        var longUnquoted = new string('x', 5_000);

        Assert.Same(message, EchoedText.Shorten(message));
        Assert.Equal(new string('x', EchoedText.MaxMessageLength) + "…", EchoedText.Shorten(longUnquoted));
    }

    private static async Task<IReadOnlyList<GraphQLError>> ErrorsOf(string query)
        => ((ExecutionResult)await Executor.ExecuteAsync(new GraphQLRequest { Query = query })).Errors!;
}
