using Hub.GraphQL.Language;
using Hub.GraphQL.Language.Syntax;

namespace Hub.GraphQL.Tests.Language;

/// <summary><see cref="Printer"/> output, byte for byte against graphql-js 16.15.0's <c>print</c>.</summary>
public sealed class PrinterTests
{
    [Fact]
    public void Prints_the_executable_kitchen_sink_like_graphql_js()
    {
        var printed = Printer.Print(Parser.Parse(KitchenSinkDocuments.Executable));

        Assert.Equal(KitchenSinkDocuments.ExecutablePrinted, printed);
    }

    [Fact]
    public void Prints_the_schema_kitchen_sink_like_graphql_js()
    {
        var printed = Printer.Print(Parser.Parse(KitchenSinkDocuments.Schema));

        Assert.Equal(KitchenSinkDocuments.SchemaPrinted, printed);
    }

    [Theory]
    [InlineData(KitchenSinkDocuments.Executable)]
    [InlineData(KitchenSinkDocuments.Schema)]
    public void Printing_is_a_fixed_point_of_parsing(string source)
    {
        var printed = Printer.Print(Parser.Parse(source));

        Assert.Equal(printed, Printer.Print(Parser.Parse(printed)));
    }

    [Theory]
    [InlineData("{ a(b: \"012345678901234567890123456789012345678901234567890123456789012345678901\") }", false)]
    [InlineData("{ a(b: \"0123456789012345678901234567890123456789012345678901234567890123456789012\") }", true)]
    public void Wraps_field_arguments_past_eighty_characters(string source, bool wrapped)
    {
        var printed = Printer.Print(Parser.Parse(source));

        Assert.Equal(wrapped, printed.Contains("a(\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Prints_string_escapes_like_graphql_js()
    {
        var value = new StringValueNode("q\" s\\ \u0001 \u007F \u0085 \u009F \u00A0 \u00e9 \u2028 \U0001F600", block: false);

        Assert.Equal("\"q\\\" s\\\\ \\u0001 \\u007F \\u0085 \\u009F \u00A0 \u00e9 \u2028 \U0001F600\"", Printer.Print(value));
    }

    [Fact]
    public void Prints_hand_built_nodes_without_locations()
    {
        var field = new FieldNode(
            new NameNode("alias"),
            new NameNode("field"),
            [new ArgumentNode(new NameNode("id"), new VariableNode(new NameNode("id")))],
            [new DirectiveNode(new NameNode("skip"), [new ArgumentNode(new NameNode("if"), new BooleanValueNode(false))])],
            null);
        var operation = new OperationDefinitionNode(
            OperationType.Subscription,
            new NameNode("S"),
            [new VariableDefinitionNode(new VariableNode(new NameNode("id")), new NonNullTypeNode(new NamedTypeNode(new NameNode("ID"))), null, [])],
            [],
            new SelectionSetNode([field]));

        Assert.Equal("subscription S($id: ID!) {\n  alias: field(id: $id) @skip(if: false)\n}", Printer.Print(operation));
    }

    [Fact]
    public void Indents_multi_line_block_strings_with_their_block()
    {
        var printed = Printer.Print(Parser.Parse("type T { \"\"\"\n  line one\n  line two\n  \"\"\" f(a: Int): Int }"));

        Assert.Equal("type T {\n  \"\"\"\n  line one\n  line two\n  \"\"\"\n  f(a: Int): Int\n}", printed);
    }

    [Theory]
    [InlineData("query { a }", "{\n  a\n}")]
    [InlineData("query Q { a }", "query Q {\n  a\n}")]
    [InlineData("query @d { a }", "query @d {\n  a\n}")]
    [InlineData("\"d\" query { a }", "\"d\"\nquery {\n  a\n}")]
    [InlineData("mutation { a }", "mutation {\n  a\n}")]
    public void Uses_shorthand_only_for_plain_anonymous_queries(string source, string expected)
    {
        Assert.Equal(expected, Printer.Print(Parser.Parse(source)));
    }
}
