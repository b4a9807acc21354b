using Hub.GraphQL.Language;

namespace Hub.GraphQL.Tests.Language;

/// <summary>Block string layout and printability; expectations from graphql-js 16.15.0's <c>blockString</c> module.</summary>
public sealed class BlockStringTests
{
    [Theory]
    [InlineData("", "\"\"\"\"\"\"", true, "\"\"\"\"\"\"")]
    [InlineData("simple", "\"\"\"simple\"\"\"", true, "\"\"\"simple\"\"\"")]
    [InlineData(" leading space", "\"\"\" leading space\"\"\"", true, "\"\"\" leading space\"\"\"")]
    [InlineData("trailing quote\"", "\"\"\"\ntrailing quote\"\n\"\"\"", true, "\"\"\"trailing quote\"\n\"\"\"")]
    [InlineData("trailing slash\\", "\"\"\"\ntrailing slash\\\n\"\"\"", true, "\"\"\"trailing slash\\\n\"\"\"")]
    [InlineData("has \"\"\" inside", "\"\"\"has \\\"\"\" inside\"\"\"", true, "\"\"\"has \\\"\"\" inside\"\"\"")]
    [InlineData("ends with \"\"\"", "\"\"\"\nends with \\\"\"\"\n\"\"\"", true, "\"\"\"ends with \\\"\"\"\"\"\"")]
    [InlineData("two\nlines", "\"\"\"\ntwo\nlines\n\"\"\"", true, "\"\"\"two\nlines\"\"\"")]
    [InlineData("\n  indented after newline", "\"\"\"\n\n  indented after newline\n\"\"\"", false, "\"\"\"\n\n  indented after newline\"\"\"")]
    [InlineData("first\n  second indented", "\"\"\"\nfirst\n  second indented\n\"\"\"", true, "\"\"\"\nfirst\n  second indented\"\"\"")]
    [InlineData("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "\"\"\"\nxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n\"\"\"", true, "\"\"\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"\"\"")]
    [InlineData("tab\u0009inside", "\"\"\"tab\u0009inside\"\"\"", true, "\"\"\"tab\u0009inside\"\"\"")]
    [InlineData("a\r\nb", "\"\"\"\na\r\nb\n\"\"\"", false, "\"\"\"a\r\nb\"\"\"")]
    [InlineData("  \n  ", "\"\"\"\n  \n  \n\"\"\"", false, "\"\"\"\n  \n  \"\"\"")]
    public void Prints_like_graphql_js(string value, string printed, bool printable, string minimized)
    {
        Assert.Equal(printed, BlockString.Print(value));
        Assert.Equal(minimized, BlockString.Print(value, minimize: true));
        Assert.Equal(printable, BlockString.IsPrintable(value));
    }

    [Theory]
    [InlineData("simple")]
    [InlineData("trailing quote\"")]
    [InlineData("has \"\"\" inside")]
    [InlineData("first\n  second indented")]
    [InlineData("  leading and trailing  ")]
    public void Printable_values_survive_a_round_trip(string value)
    {
        Assert.True(BlockString.IsPrintable(value));

        var parsed = Assert.IsType<Hub.GraphQL.Language.Syntax.StringValueNode>(Parser.ParseConstValue(BlockString.Print(value)));

        Assert.Equal(value, parsed.Value);
    }
}
