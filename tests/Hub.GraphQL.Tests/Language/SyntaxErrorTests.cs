using Hub.GraphQL.Errors;
using Hub.GraphQL.Language;

namespace Hub.GraphQL.Tests.Language;

/// <summary>Syntax errors: message, line and column exactly as graphql-js 16.15.0 reports them.</summary>
public sealed class SyntaxErrorTests
{
    [Theory]
    [InlineData("", "Syntax Error: Unexpected <EOF>.", 1, 1)]
    [InlineData("{", "Syntax Error: Expected Name, found <EOF>.", 1, 2)]
    [InlineData("{ a", "Syntax Error: Expected Name, found <EOF>.", 1, 4)]
    [InlineData("query", "Syntax Error: Expected \"{\", found <EOF>.", 1, 6)]
    [InlineData("query Foo(", "Syntax Error: Expected \"$\", found <EOF>.", 1, 11)]
    [InlineData("{ ...on }", "Syntax Error: Expected Name, found \"}\".", 1, 9)]
    [InlineData("{ ... on }", "Syntax Error: Expected Name, found \"}\".", 1, 10)]
    [InlineData("fragment on on T { a }", "Syntax Error: Unexpected Name \"on\".", 1, 10)]
    [InlineData("{ a(b: $) }", "Syntax Error: Expected Name, found \")\".", 1, 9)]
    [InlineData("?", "Syntax Error: Unexpected character: \"?\".", 1, 1)]
    [InlineData("{ ? }", "Syntax Error: Unexpected character: \"?\".", 1, 3)]
    [InlineData("'a'", "Syntax Error: Unexpected single quote character ('), did you mean to use a double quote (\")?", 1, 1)]
    [InlineData("\u00E9", "Syntax Error: Unexpected character: U+00E9.", 1, 1)]
    [InlineData("{ a \uD83D\uDE00 }", "Syntax Error: Unexpected character: U+1F600.", 1, 5)]
    [InlineData("\"abc", "Syntax Error: Unterminated string.", 1, 5)]
    [InlineData("\"a\nb\"", "Syntax Error: Unterminated string.", 1, 3)]
    [InlineData("{ a(b: \"\\x\") }", "Syntax Error: Invalid character escape sequence: \"\\x\".", 1, 9)]
    [InlineData("{ a(b: \"\\u12G4\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u12G4\".", 1, 9)]
    [InlineData("{ a(b: \"\\u{}\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u{}\".", 1, 9)]
    [InlineData("{ a(b: \"\\u{110000}\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u{110000}\".", 1, 9)]
    [InlineData("{ a(b: \"\\u{DEAD\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u{DEAD\"\".", 1, 9)]
    [InlineData("{ a(b: 00) }", "Syntax Error: Invalid number, unexpected digit after 0: \"0\".", 1, 9)]
    [InlineData("{ a(b: 1.) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 10)]
    [InlineData("{ a(b: 1.a) }", "Syntax Error: Invalid number, expected digit but got: \"a\".", 1, 10)]
    [InlineData("{ a(b: 1e) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 10)]
    [InlineData("{ a(b: 0x1) }", "Syntax Error: Invalid number, expected digit but got: \"x\".", 1, 9)]
    [InlineData("{ a(b: -) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 9)]
    [InlineData("{ a(b: 1.2.3) }", "Syntax Error: Invalid number, expected digit but got: \".\".", 1, 11)]
    [InlineData("{ a(b: \"\"\"abc) }", "Syntax Error: Unterminated string.", 1, 17)]
    [InlineData("\"desc\" { a }", "Syntax Error: Unexpected description, descriptions are not supported on shorthand queries.", 1, 1)]
    [InlineData("\"desc\" extend type A @a", "Syntax Error: Unexpected description, only GraphQL definitions support descriptions.", 1, 1)]
    [InlineData("\"desc\" foo", "Syntax Error: Unexpected description, only GraphQL definitions support descriptions.", 1, 1)]
    [InlineData("\"a\" \"b\"", "Syntax Error: Unexpected String \"b\".", 1, 5)]
    [InlineData("type A { a: [B }", "Syntax Error: Expected \"]\", found \"}\".", 1, 16)]
    [InlineData("extend type A", "Syntax Error: Unexpected <EOF>.", 1, 14)]
    [InlineData("extend scalar A", "Syntax Error: Unexpected <EOF>.", 1, 16)]
    [InlineData("extend schema", "Syntax Error: Unexpected <EOF>.", 1, 14)]
    [InlineData("extend foo A", "Syntax Error: Unexpected Name \"foo\".", 1, 8)]
    [InlineData("enum E { true }", "Syntax Error: Name \"true\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("enum E { null }", "Syntax Error: Name \"null\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("directive @a on FOO", "Syntax Error: Unexpected Name \"FOO\".", 1, 17)]
    [InlineData("directive @a(b: Int) on", "Syntax Error: Expected Name, found <EOF>.", 1, 24)]
    [InlineData("query Q($a: Int = $b) { a }", "Syntax Error: Unexpected variable \"$b\" in constant value.", 1, 19)]
    [InlineData("type A @dir(a: $x) { a: Int }", "Syntax Error: Unexpected variable \"$x\" in constant value.", 1, 16)]
    [InlineData("{ a }}", "Syntax Error: Unexpected \"}\".", 1, 6)]
    [InlineData("schema { query }", "Syntax Error: Expected \":\", found \"}\".", 1, 16)]
    [InlineData("union U = | A |", "Syntax Error: Expected Name, found <EOF>.", 1, 16)]
    [InlineData("{ a(b: {c: 1, d }) }", "Syntax Error: Expected \":\", found \"}\".", 1, 17)]
    [InlineData("{ a(b: [1 2) }", "Syntax Error: Unexpected \")\".", 1, 12)]
    [InlineData("query ($a: Int) { a }\n  \n  ?", "Syntax Error: Unexpected character: \"?\".", 3, 3)]
    [InlineData("{\r\n  a\r\n  ?\r\n}", "Syntax Error: Unexpected character: \"?\".", 3, 3)]
    [InlineData("{ a(b: \"\"\"\n  x\n  \"\"\"\n  c: ? }", "Syntax Error: Unexpected character: \"?\".", 4, 6)]
    [InlineData(".", "Syntax Error: Unexpected character: \".\".", 1, 1)]
    [InlineData("..", "Syntax Error: Unexpected character: \".\".", 1, 1)]
    [InlineData("{ ... }", "Syntax Error: Expected \"{\", found \"}\".", 1, 7)]
    [InlineData("subscription S @ { a }", "Syntax Error: Expected Name, found \"{\".", 1, 18)]
    [InlineData("{ a(b: \"\\u{1F600}\", c: \"\\uD83D\\uDE00\") } }", "Syntax Error: Unexpected \"}\".", 1, 42)]
    [InlineData("interface I implements & A & B { a: Int } }", "Syntax Error: Unexpected \"}\".", 1, 43)]
    [InlineData("query Q { a } mutation", "Syntax Error: Expected \"{\", found <EOF>.", 1, 23)]
    [InlineData("{ a: b: c }", "Syntax Error: Expected Name, found \":\".", 1, 7)]
    [InlineData("{ a(: 1) }", "Syntax Error: Expected Name, found \":\".", 1, 5)]
    [InlineData("input I { a: Int = }", "Syntax Error: Unexpected \"}\".", 1, 20)]
    [InlineData("{ a(b: true) @ }", "Syntax Error: Expected Name, found \"}\".", 1, 16)]
    [InlineData("{ a(\"s\": 1) }", "Syntax Error: Expected Name, found String \"s\".", 1, 5)]
    [InlineData("scalar S @a(b: \"\"\"\n  q\n\"\"\") x", "Syntax Error: Unexpected Name \"x\".", 3, 6)]
    public void Document_syntax_error_matches_graphql_js(string source, string message, int line, int column)
        => AssertSyntaxError(source, message, line, column);

    private static void AssertSyntaxError(string source, string message, int line, int column)
    {
        var exception = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source));

        Assert.Equal(message, exception.Message);
        var error = Assert.Single(exception.Errors);
        Assert.Equal(message, error.Message);
        Assert.Equal([new SourceLocation(line, column)], error.Locations);
    }

    /// <summary>Lone surrogates are built in code: xunit's theory serialization would replace them.</summary>
    [Fact]
    public void Lone_surrogates_are_invalid_characters()
    {
        AssertSyntaxError("\uD800", "Syntax Error: Invalid character: U+D800.", 1, 1);
        AssertSyntaxError("#comment \uD800", "Syntax Error: Invalid character: U+D800.", 1, 10);
        AssertSyntaxError("{ a(b: \"\uD800x\") }", "Syntax Error: Invalid character within String: U+D800.", 1, 9);
    }

    [Theory]
    [InlineData("[1, $a", "Syntax Error: Unexpected <EOF>.", 1, 7)]
    [InlineData("{a: 1} 2", "Syntax Error: Expected <EOF>, found Int \"2\".", 1, 8)]
    public void Value_syntax_error_matches_graphql_js(string source, string message, int line, int column)
    {
        var exception = Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseValue(source));

        Assert.Equal(message, exception.Message);
        Assert.Equal(new SourceLocation(line, column), exception.Location);
    }

    [Theory]
    [InlineData("Int!!", "Syntax Error: Expected <EOF>, found \"!\".", 1, 5)]
    [InlineData("[Int", "Syntax Error: Expected \"]\", found <EOF>.", 1, 5)]
    public void Type_syntax_error_matches_graphql_js(string source, string message, int line, int column)
    {
        var exception = Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseType(source));

        Assert.Equal(message, exception.Message);
        Assert.Equal(new SourceLocation(line, column), exception.Location);
    }

    [Fact]
    public void Const_value_rejects_variables()
    {
        var exception = Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseConstValue("{ a: $b }"));

        Assert.Equal("Syntax Error: Unexpected variable \"$b\" in constant value.", exception.Message);
        Assert.Equal(new SourceLocation(1, 6), exception.Location);
    }

    [Fact]
    public void Exceeding_max_tokens_aborts_with_graphql_js_message()
    {
        var exception = Assert.Throws<GraphQLSyntaxException>(
            () => Parser.Parse("{ a b c d }", new ParserOptions { MaxTokens = 4 }));

        // graphql-js 16.15.0 spells it "more that".
        Assert.Equal("Syntax Error: Document contains more that 4 tokens. Parsing aborted.", exception.Message);
        Assert.Equal(new SourceLocation(1, 9), exception.Location);
    }

    [Theory]
    [InlineData("{ a b c }", 5)]
    [InlineData("# comments are not tokens\n{ a }", 3)]
    public void Documents_within_max_tokens_parse(string source, int maxTokens)
    {
        var document = Parser.Parse(source, new ParserOptions { MaxTokens = maxTokens });

        Assert.Single(document.Definitions);
    }

    [Fact]
    public void Exceeding_max_depth_aborts_instead_of_overflowing_the_stack()
    {
        var source = string.Concat(Enumerable.Repeat("{ a ", 50_000)) + new string('}', 50_000);

        var exception = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source));

        Assert.Equal("Syntax Error: Document nesting is deeper than 200 levels. Parsing aborted.", exception.Message);
        Assert.Equal(new SourceLocation(1, 801), exception.Location);
    }

    [Fact]
    public void Nesting_within_max_depth_parses()
    {
        var source = "{" + string.Concat(Enumerable.Repeat("a {", 9)) + "b" + new string('}', 10);

        var document = Parser.Parse(source, new ParserOptions { MaxDepth = 10 });

        Assert.Single(document.Definitions);
        Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source, new ParserOptions { MaxDepth = 9 }));
    }
}
