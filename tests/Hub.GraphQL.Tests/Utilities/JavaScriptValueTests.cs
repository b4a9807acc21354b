using Hub.GraphQL.Utilities;

namespace Hub.GraphQL.Tests.Utilities;

/// <summary>JavaScript number printing, <c>inspect</c> and suggestions; expected texts were printed by Node.js / graphql-js 16.15.0.</summary>
public sealed class JavaScriptValueTests
{
    [Theory]
    [InlineData(0d, "0")]
    [InlineData(-1d, "-1")]
    [InlineData(0.1, "0.1")]
    [InlineData(123456789012345680000d, "123456789012345680000")]
    [InlineData(1e21, "1e+21")]
    [InlineData(1.5e21, "1.5e+21")]
    [InlineData(1e-6, "0.000001")]
    [InlineData(1e-7, "1e-7")]
    [InlineData(1.23e-7, "1.23e-7")]
    [InlineData(-1e-7, "-1e-7")]
    [InlineData(9007199254740994d, "9007199254740994")]
    [InlineData(0.000001234, "0.000001234")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(1.7976931348623157e308, "1.7976931348623157e+308")]
    [InlineData(123.456, "123.456")]
    [InlineData(double.NaN, "NaN")]
    public void ToString_PrintsLikeJavaScript(double value, string expected) =>
        Assert.Equal(expected, JavaScriptNumber.ToString(value));

    [Theory]
    [InlineData(" 12 ", 12d)]
    [InlineData("0x1F", 31d)]
    [InlineData("1e3", 1000d)]
    [InlineData(".5", 0.5)]
    [InlineData("-Infinity", double.NegativeInfinity)]
    [InlineData("  ", 0d)]
    public void Parse_ReadsLikeJavaScriptNumber(string text, double expected) =>
        Assert.Equal(expected, JavaScriptNumber.Parse(text));

    [Theory]
    [InlineData("NaN")]
    [InlineData("1,000")]
    [InlineData("infinity")]
    [InlineData("12px")]
    public void Parse_RejectsWhatJavaScriptRejects(string text) => Assert.True(double.IsNaN(JavaScriptNumber.Parse(text)));

    [Fact]
    public void Inspect_FormatsLikeGraphQLJs()
    {
        Assert.Equal("[1, [2, [Array]]]", ValueInspector.Inspect(new object[] { 1, new object[] { 2, new object[] { 3, new object[] { 4 } } } }));
        Assert.Equal("{ a: { b: [Object] } }", ValueInspector.Inspect(Map("a", Map("b", Map("c", Map("d", 1))))));
        Assert.Equal("[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, ... 1 more item]", ValueInspector.Inspect(Enumerable.Range(1, 11).ToList()));
        Assert.Equal("[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, ... 2 more items]", ValueInspector.Inspect(Enumerable.Range(1, 12).ToList()));
        Assert.Equal("\"a\\\"b\\n\\u0001\u2028\"", ValueInspector.Inspect("a\"b\n\u0001\u2028"));
        Assert.Equal("{}", ValueInspector.Inspect(new Dictionary<string, object?>()));
        Assert.Equal("[]", ValueInspector.Inspect(Array.Empty<object>()));
        Assert.Equal("null", ValueInspector.Inspect(null));
        Assert.Equal("{ a: [1, [Object]] }", ValueInspector.Inspect(Map("a", new object[] { 1, Map("b", 2) })));
    }

    [Fact]
    public void SuggestionList_OrdersByDistanceThenNaturally()
    {
        Assert.Equal(["Foo", "fo", "foo2", "fooo", "ofo", "f00", "foo10"], Suggestions.List("foo", ["fooo", "fo", "bar", "Foo", "ofo", "f00", "foo2", "foo10"]));
        Assert.Equal(["ab1", "ab2", "abcd", "ab10"], Suggestions.List("abc", ["ab1", "ab10", "ab2", "abcd"]));
    }

    [Fact]
    public void DidYouMean_QuotesAtMostFiveSuggestions()
    {
        Assert.Equal(string.Empty, Suggestions.DidYouMean([]));
        Assert.Equal(" Did you mean \"a\"?", Suggestions.DidYouMean(["a"]));
        Assert.Equal(" Did you mean the enum value \"a\" or \"b\"?", Suggestions.DidYouMean("the enum value", ["a", "b"]));
        Assert.Equal(" Did you mean \"a\", \"b\", \"c\", \"d\", or \"e\"?", Suggestions.DidYouMean(["a", "b", "c", "d", "e", "f"]));
    }

    private static Dictionary<string, object?> Map(string key, object? value) => new() { [key] = value };
}
