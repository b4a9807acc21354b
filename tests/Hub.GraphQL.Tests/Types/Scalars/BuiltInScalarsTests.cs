using Hub.GraphQL.Errors;
using Hub.GraphQL.Language;
using Hub.GraphQL.Types;
using Hub.GraphQL.Utilities;

namespace Hub.GraphQL.Tests.Types.Scalars;

/// <summary>
/// The built-in scalars against graphql-js 16.15.0: every row's expected text was produced by running the same
/// input through graphql-js (`JSON.stringify` of the result, or `ERR ` + the error message).
/// </summary>
public sealed class BuiltInScalarsTests
{
    [Theory]
    [InlineData("Int", "serialize", "1", "1")]
    [InlineData("Int", "parseValue", "1", "1")]
    [InlineData("Int", "serialize", "1.0 (double)", "1")]
    [InlineData("Int", "parseValue", "1.0 (double)", "1")]
    [InlineData("Int", "serialize", "1.5", "ERR Int cannot represent non-integer value: 1.5")]
    [InlineData("Int", "parseValue", "1.5", "ERR Int cannot represent non-integer value: 1.5")]
    [InlineData("Int", "serialize", "true", "1")]
    [InlineData("Int", "parseValue", "true", "ERR Int cannot represent non-integer value: true")]
    [InlineData("Int", "serialize", "false", "0")]
    [InlineData("Int", "parseValue", "false", "ERR Int cannot represent non-integer value: false")]
    [InlineData("Int", "serialize", "\"12\"", "12")]
    [InlineData("Int", "parseValue", "\"12\"", "ERR Int cannot represent non-integer value: \"12\"")]
    [InlineData("Int", "serialize", "\" 0x10 \"", "16")]
    [InlineData("Int", "parseValue", "\" 0x10 \"", "ERR Int cannot represent non-integer value: \" 0x10 \"")]
    [InlineData("Int", "serialize", "\"\"", "ERR Int cannot represent non-integer value: \"\"")]
    [InlineData("Int", "parseValue", "\"\"", "ERR Int cannot represent non-integer value: \"\"")]
    [InlineData("Int", "serialize", "\"abc\"", "ERR Int cannot represent non-integer value: \"abc\"")]
    [InlineData("Int", "parseValue", "\"abc\"", "ERR Int cannot represent non-integer value: \"abc\"")]
    [InlineData("Int", "serialize", "2147483648", "ERR Int cannot represent non 32-bit signed integer value: 2147483648")]
    [InlineData("Int", "parseValue", "2147483648", "ERR Int cannot represent non 32-bit signed integer value: 2147483648")]
    [InlineData("Int", "serialize", "-2147483649", "ERR Int cannot represent non 32-bit signed integer value: -2147483649")]
    [InlineData("Int", "parseValue", "-2147483649", "ERR Int cannot represent non 32-bit signed integer value: -2147483649")]
    [InlineData("Int", "serialize", "1e21", "ERR Int cannot represent non 32-bit signed integer value: 1e+21")]
    [InlineData("Int", "parseValue", "1e21", "ERR Int cannot represent non 32-bit signed integer value: 1e+21")]
    [InlineData("Int", "serialize", "1e-7", "ERR Int cannot represent non-integer value: 1e-7")]
    [InlineData("Int", "parseValue", "1e-7", "ERR Int cannot represent non-integer value: 1e-7")]
    [InlineData("Int", "serialize", "123456789.125", "ERR Int cannot represent non-integer value: 123456789.125")]
    [InlineData("Int", "parseValue", "123456789.125", "ERR Int cannot represent non-integer value: 123456789.125")]
    [InlineData("Int", "serialize", "null", "ERR Int cannot represent non-integer value: null")]
    [InlineData("Int", "parseValue", "null", "ERR Int cannot represent non-integer value: null")]
    [InlineData("Int", "serialize", "[1,2]", "ERR Int cannot represent non-integer value: [1, 2]")]
    [InlineData("Int", "parseValue", "[1,2]", "ERR Int cannot represent non-integer value: [1, 2]")]
    [InlineData("Int", "serialize", "{a:1}", "ERR Int cannot represent non-integer value: { a: 1 }")]
    [InlineData("Int", "parseValue", "{a:1}", "ERR Int cannot represent non-integer value: { a: 1 }")]
    [InlineData("Int", "serialize", "NaN", "ERR Int cannot represent non-integer value: NaN")]
    [InlineData("Int", "parseValue", "NaN", "ERR Int cannot represent non-integer value: NaN")]
    [InlineData("Int", "parseLiteral", "1", "1")]
    [InlineData("Int", "parseLiteral", "1.5", "ERR Int cannot represent non-integer value: 1.5")]
    [InlineData("Int", "parseLiteral", "\"x\"", "ERR Int cannot represent non-integer value: \"x\"")]
    [InlineData("Int", "parseLiteral", "true", "ERR Int cannot represent non-integer value: true")]
    [InlineData("Int", "parseLiteral", "null", "ERR Int cannot represent non-integer value: null")]
    [InlineData("Int", "parseLiteral", "ENUM", "ERR Int cannot represent non-integer value: ENUM")]
    [InlineData("Int", "parseLiteral", "[1]", "ERR Int cannot represent non-integer value: [1]")]
    [InlineData("Int", "parseLiteral", "{a: 1}", "ERR Int cannot represent non-integer value: {a: 1}")]
    [InlineData("Int", "parseLiteral", "2147483648", "ERR Int cannot represent non 32-bit signed integer value: 2147483648")]
    [InlineData("Float", "serialize", "1", "1")]
    [InlineData("Float", "parseValue", "1", "1")]
    [InlineData("Float", "serialize", "1.0 (double)", "1")]
    [InlineData("Float", "parseValue", "1.0 (double)", "1")]
    [InlineData("Float", "serialize", "1.5", "1.5")]
    [InlineData("Float", "parseValue", "1.5", "1.5")]
    [InlineData("Float", "serialize", "true", "1")]
    [InlineData("Float", "parseValue", "true", "ERR Float cannot represent non numeric value: true")]
    [InlineData("Float", "serialize", "false", "0")]
    [InlineData("Float", "parseValue", "false", "ERR Float cannot represent non numeric value: false")]
    [InlineData("Float", "serialize", "\"12\"", "12")]
    [InlineData("Float", "parseValue", "\"12\"", "ERR Float cannot represent non numeric value: \"12\"")]
    [InlineData("Float", "serialize", "\" 0x10 \"", "16")]
    [InlineData("Float", "parseValue", "\" 0x10 \"", "ERR Float cannot represent non numeric value: \" 0x10 \"")]
    [InlineData("Float", "serialize", "\"\"", "ERR Float cannot represent non numeric value: \"\"")]
    [InlineData("Float", "parseValue", "\"\"", "ERR Float cannot represent non numeric value: \"\"")]
    [InlineData("Float", "serialize", "\"abc\"", "ERR Float cannot represent non numeric value: \"abc\"")]
    [InlineData("Float", "parseValue", "\"abc\"", "ERR Float cannot represent non numeric value: \"abc\"")]
    [InlineData("Float", "serialize", "2147483648", "2147483648")]
    [InlineData("Float", "parseValue", "2147483648", "2147483648")]
    [InlineData("Float", "serialize", "-2147483649", "-2147483649")]
    [InlineData("Float", "parseValue", "-2147483649", "-2147483649")]
    [InlineData("Float", "serialize", "1e21", "1e+21")]
    [InlineData("Float", "parseValue", "1e21", "1e+21")]
    [InlineData("Float", "serialize", "1e-7", "1e-7")]
    [InlineData("Float", "parseValue", "1e-7", "1e-7")]
    [InlineData("Float", "serialize", "123456789.125", "123456789.125")]
    [InlineData("Float", "parseValue", "123456789.125", "123456789.125")]
    [InlineData("Float", "serialize", "null", "ERR Float cannot represent non numeric value: null")]
    [InlineData("Float", "parseValue", "null", "ERR Float cannot represent non numeric value: null")]
    [InlineData("Float", "serialize", "[1,2]", "ERR Float cannot represent non numeric value: [1, 2]")]
    [InlineData("Float", "parseValue", "[1,2]", "ERR Float cannot represent non numeric value: [1, 2]")]
    [InlineData("Float", "serialize", "{a:1}", "ERR Float cannot represent non numeric value: { a: 1 }")]
    [InlineData("Float", "parseValue", "{a:1}", "ERR Float cannot represent non numeric value: { a: 1 }")]
    [InlineData("Float", "serialize", "NaN", "ERR Float cannot represent non numeric value: NaN")]
    [InlineData("Float", "parseValue", "NaN", "ERR Float cannot represent non numeric value: NaN")]
    [InlineData("Float", "parseLiteral", "1", "1")]
    [InlineData("Float", "parseLiteral", "1.5", "1.5")]
    [InlineData("Float", "parseLiteral", "\"x\"", "ERR Float cannot represent non numeric value: \"x\"")]
    [InlineData("Float", "parseLiteral", "true", "ERR Float cannot represent non numeric value: true")]
    [InlineData("Float", "parseLiteral", "null", "ERR Float cannot represent non numeric value: null")]
    [InlineData("Float", "parseLiteral", "ENUM", "ERR Float cannot represent non numeric value: ENUM")]
    [InlineData("Float", "parseLiteral", "[1]", "ERR Float cannot represent non numeric value: [1]")]
    [InlineData("Float", "parseLiteral", "{a: 1}", "ERR Float cannot represent non numeric value: {a: 1}")]
    [InlineData("Float", "parseLiteral", "2147483648", "2147483648")]
    [InlineData("String", "serialize", "1", "\"1\"")]
    [InlineData("String", "parseValue", "1", "ERR String cannot represent a non string value: 1")]
    [InlineData("String", "serialize", "1.0 (double)", "\"1\"")]
    [InlineData("String", "parseValue", "1.0 (double)", "ERR String cannot represent a non string value: 1")]
    [InlineData("String", "serialize", "1.5", "\"1.5\"")]
    [InlineData("String", "parseValue", "1.5", "ERR String cannot represent a non string value: 1.5")]
    [InlineData("String", "serialize", "true", "\"true\"")]
    [InlineData("String", "parseValue", "true", "ERR String cannot represent a non string value: true")]
    [InlineData("String", "serialize", "false", "\"false\"")]
    [InlineData("String", "parseValue", "false", "ERR String cannot represent a non string value: false")]
    [InlineData("String", "serialize", "\"12\"", "\"12\"")]
    [InlineData("String", "parseValue", "\"12\"", "\"12\"")]
    [InlineData("String", "serialize", "\" 0x10 \"", "\" 0x10 \"")]
    [InlineData("String", "parseValue", "\" 0x10 \"", "\" 0x10 \"")]
    [InlineData("String", "serialize", "\"\"", "\"\"")]
    [InlineData("String", "parseValue", "\"\"", "\"\"")]
    [InlineData("String", "serialize", "\"abc\"", "\"abc\"")]
    [InlineData("String", "parseValue", "\"abc\"", "\"abc\"")]
    [InlineData("String", "serialize", "2147483648", "\"2147483648\"")]
    [InlineData("String", "parseValue", "2147483648", "ERR String cannot represent a non string value: 2147483648")]
    [InlineData("String", "serialize", "-2147483649", "\"-2147483649\"")]
    [InlineData("String", "parseValue", "-2147483649", "ERR String cannot represent a non string value: -2147483649")]
    [InlineData("String", "serialize", "1e21", "\"1e+21\"")]
    [InlineData("String", "parseValue", "1e21", "ERR String cannot represent a non string value: 1e+21")]
    [InlineData("String", "serialize", "1e-7", "\"1e-7\"")]
    [InlineData("String", "parseValue", "1e-7", "ERR String cannot represent a non string value: 1e-7")]
    [InlineData("String", "serialize", "123456789.125", "\"123456789.125\"")]
    [InlineData("String", "parseValue", "123456789.125", "ERR String cannot represent a non string value: 123456789.125")]
    [InlineData("String", "serialize", "null", "ERR String cannot represent value: null")]
    [InlineData("String", "parseValue", "null", "ERR String cannot represent a non string value: null")]
    [InlineData("String", "serialize", "[1,2]", "ERR String cannot represent value: [1, 2]")]
    [InlineData("String", "parseValue", "[1,2]", "ERR String cannot represent a non string value: [1, 2]")]
    [InlineData("String", "serialize", "{a:1}", "ERR String cannot represent value: { a: 1 }")]
    [InlineData("String", "parseValue", "{a:1}", "ERR String cannot represent a non string value: { a: 1 }")]
    [InlineData("String", "serialize", "NaN", "ERR String cannot represent value: NaN")]
    [InlineData("String", "parseValue", "NaN", "ERR String cannot represent a non string value: NaN")]
    [InlineData("String", "parseLiteral", "1", "ERR String cannot represent a non string value: 1")]
    [InlineData("String", "parseLiteral", "1.5", "ERR String cannot represent a non string value: 1.5")]
    [InlineData("String", "parseLiteral", "\"x\"", "\"x\"")]
    [InlineData("String", "parseLiteral", "true", "ERR String cannot represent a non string value: true")]
    [InlineData("String", "parseLiteral", "null", "ERR String cannot represent a non string value: null")]
    [InlineData("String", "parseLiteral", "ENUM", "ERR String cannot represent a non string value: ENUM")]
    [InlineData("String", "parseLiteral", "[1]", "ERR String cannot represent a non string value: [1]")]
    [InlineData("String", "parseLiteral", "{a: 1}", "ERR String cannot represent a non string value: {a: 1}")]
    [InlineData("String", "parseLiteral", "2147483648", "ERR String cannot represent a non string value: 2147483648")]
    [InlineData("Boolean", "serialize", "1", "true")]
    [InlineData("Boolean", "parseValue", "1", "ERR Boolean cannot represent a non boolean value: 1")]
    [InlineData("Boolean", "serialize", "1.0 (double)", "true")]
    [InlineData("Boolean", "parseValue", "1.0 (double)", "ERR Boolean cannot represent a non boolean value: 1")]
    [InlineData("Boolean", "serialize", "1.5", "true")]
    [InlineData("Boolean", "parseValue", "1.5", "ERR Boolean cannot represent a non boolean value: 1.5")]
    [InlineData("Boolean", "serialize", "true", "true")]
    [InlineData("Boolean", "parseValue", "true", "true")]
    [InlineData("Boolean", "serialize", "false", "false")]
    [InlineData("Boolean", "parseValue", "false", "false")]
    [InlineData("Boolean", "serialize", "\"12\"", "ERR Boolean cannot represent a non boolean value: \"12\"")]
    [InlineData("Boolean", "parseValue", "\"12\"", "ERR Boolean cannot represent a non boolean value: \"12\"")]
    [InlineData("Boolean", "serialize", "\" 0x10 \"", "ERR Boolean cannot represent a non boolean value: \" 0x10 \"")]
    [InlineData("Boolean", "parseValue", "\" 0x10 \"", "ERR Boolean cannot represent a non boolean value: \" 0x10 \"")]
    [InlineData("Boolean", "serialize", "\"\"", "ERR Boolean cannot represent a non boolean value: \"\"")]
    [InlineData("Boolean", "parseValue", "\"\"", "ERR Boolean cannot represent a non boolean value: \"\"")]
    [InlineData("Boolean", "serialize", "\"abc\"", "ERR Boolean cannot represent a non boolean value: \"abc\"")]
    [InlineData("Boolean", "parseValue", "\"abc\"", "ERR Boolean cannot represent a non boolean value: \"abc\"")]
    [InlineData("Boolean", "serialize", "2147483648", "true")]
    [InlineData("Boolean", "parseValue", "2147483648", "ERR Boolean cannot represent a non boolean value: 2147483648")]
    [InlineData("Boolean", "serialize", "-2147483649", "true")]
    [InlineData("Boolean", "parseValue", "-2147483649", "ERR Boolean cannot represent a non boolean value: -2147483649")]
    [InlineData("Boolean", "serialize", "1e21", "true")]
    [InlineData("Boolean", "parseValue", "1e21", "ERR Boolean cannot represent a non boolean value: 1e+21")]
    [InlineData("Boolean", "serialize", "1e-7", "true")]
    [InlineData("Boolean", "parseValue", "1e-7", "ERR Boolean cannot represent a non boolean value: 1e-7")]
    [InlineData("Boolean", "serialize", "123456789.125", "true")]
    [InlineData("Boolean", "parseValue", "123456789.125", "ERR Boolean cannot represent a non boolean value: 123456789.125")]
    [InlineData("Boolean", "serialize", "null", "ERR Boolean cannot represent a non boolean value: null")]
    [InlineData("Boolean", "parseValue", "null", "ERR Boolean cannot represent a non boolean value: null")]
    [InlineData("Boolean", "serialize", "[1,2]", "ERR Boolean cannot represent a non boolean value: [1, 2]")]
    [InlineData("Boolean", "parseValue", "[1,2]", "ERR Boolean cannot represent a non boolean value: [1, 2]")]
    [InlineData("Boolean", "serialize", "{a:1}", "ERR Boolean cannot represent a non boolean value: { a: 1 }")]
    [InlineData("Boolean", "parseValue", "{a:1}", "ERR Boolean cannot represent a non boolean value: { a: 1 }")]
    [InlineData("Boolean", "serialize", "NaN", "ERR Boolean cannot represent a non boolean value: NaN")]
    [InlineData("Boolean", "parseValue", "NaN", "ERR Boolean cannot represent a non boolean value: NaN")]
    [InlineData("Boolean", "parseLiteral", "1", "ERR Boolean cannot represent a non boolean value: 1")]
    [InlineData("Boolean", "parseLiteral", "1.5", "ERR Boolean cannot represent a non boolean value: 1.5")]
    [InlineData("Boolean", "parseLiteral", "\"x\"", "ERR Boolean cannot represent a non boolean value: \"x\"")]
    [InlineData("Boolean", "parseLiteral", "true", "true")]
    [InlineData("Boolean", "parseLiteral", "null", "ERR Boolean cannot represent a non boolean value: null")]
    [InlineData("Boolean", "parseLiteral", "ENUM", "ERR Boolean cannot represent a non boolean value: ENUM")]
    [InlineData("Boolean", "parseLiteral", "[1]", "ERR Boolean cannot represent a non boolean value: [1]")]
    [InlineData("Boolean", "parseLiteral", "{a: 1}", "ERR Boolean cannot represent a non boolean value: {a: 1}")]
    [InlineData("Boolean", "parseLiteral", "2147483648", "ERR Boolean cannot represent a non boolean value: 2147483648")]
    [InlineData("ID", "serialize", "1", "\"1\"")]
    [InlineData("ID", "parseValue", "1", "\"1\"")]
    [InlineData("ID", "serialize", "1.0 (double)", "\"1\"")]
    [InlineData("ID", "parseValue", "1.0 (double)", "\"1\"")]
    [InlineData("ID", "serialize", "1.5", "ERR ID cannot represent value: 1.5")]
    [InlineData("ID", "parseValue", "1.5", "ERR ID cannot represent value: 1.5")]
    [InlineData("ID", "serialize", "true", "ERR ID cannot represent value: true")]
    [InlineData("ID", "parseValue", "true", "ERR ID cannot represent value: true")]
    [InlineData("ID", "serialize", "false", "ERR ID cannot represent value: false")]
    [InlineData("ID", "parseValue", "false", "ERR ID cannot represent value: false")]
    [InlineData("ID", "serialize", "\"12\"", "\"12\"")]
    [InlineData("ID", "parseValue", "\"12\"", "\"12\"")]
    [InlineData("ID", "serialize", "\" 0x10 \"", "\" 0x10 \"")]
    [InlineData("ID", "parseValue", "\" 0x10 \"", "\" 0x10 \"")]
    [InlineData("ID", "serialize", "\"\"", "\"\"")]
    [InlineData("ID", "parseValue", "\"\"", "\"\"")]
    [InlineData("ID", "serialize", "\"abc\"", "\"abc\"")]
    [InlineData("ID", "parseValue", "\"abc\"", "\"abc\"")]
    [InlineData("ID", "serialize", "2147483648", "\"2147483648\"")]
    [InlineData("ID", "parseValue", "2147483648", "\"2147483648\"")]
    [InlineData("ID", "serialize", "-2147483649", "\"-2147483649\"")]
    [InlineData("ID", "parseValue", "-2147483649", "\"-2147483649\"")]
    [InlineData("ID", "serialize", "1e21", "\"1e+21\"")]
    [InlineData("ID", "parseValue", "1e21", "\"1e+21\"")]
    [InlineData("ID", "serialize", "1e-7", "ERR ID cannot represent value: 1e-7")]
    [InlineData("ID", "parseValue", "1e-7", "ERR ID cannot represent value: 1e-7")]
    [InlineData("ID", "serialize", "123456789.125", "ERR ID cannot represent value: 123456789.125")]
    [InlineData("ID", "parseValue", "123456789.125", "ERR ID cannot represent value: 123456789.125")]
    [InlineData("ID", "serialize", "null", "ERR ID cannot represent value: null")]
    [InlineData("ID", "parseValue", "null", "ERR ID cannot represent value: null")]
    [InlineData("ID", "serialize", "[1,2]", "ERR ID cannot represent value: [1, 2]")]
    [InlineData("ID", "parseValue", "[1,2]", "ERR ID cannot represent value: [1, 2]")]
    [InlineData("ID", "serialize", "{a:1}", "ERR ID cannot represent value: { a: 1 }")]
    [InlineData("ID", "parseValue", "{a:1}", "ERR ID cannot represent value: { a: 1 }")]
    [InlineData("ID", "serialize", "NaN", "ERR ID cannot represent value: NaN")]
    [InlineData("ID", "parseValue", "NaN", "ERR ID cannot represent value: NaN")]
    [InlineData("ID", "parseLiteral", "1", "\"1\"")]
    [InlineData("ID", "parseLiteral", "1.5", "ERR ID cannot represent a non-string and non-integer value: 1.5")]
    [InlineData("ID", "parseLiteral", "\"x\"", "\"x\"")]
    [InlineData("ID", "parseLiteral", "true", "ERR ID cannot represent a non-string and non-integer value: true")]
    [InlineData("ID", "parseLiteral", "null", "ERR ID cannot represent a non-string and non-integer value: null")]
    [InlineData("ID", "parseLiteral", "ENUM", "ERR ID cannot represent a non-string and non-integer value: ENUM")]
    [InlineData("ID", "parseLiteral", "[1]", "ERR ID cannot represent a non-string and non-integer value: [1]")]
    [InlineData("ID", "parseLiteral", "{a: 1}", "ERR ID cannot represent a non-string and non-integer value: {a: 1}")]
    [InlineData("ID", "parseLiteral", "2147483648", "\"2147483648\"")]
    public void Coercion_MatchesGraphQLJs(string scalarName, string method, string input, string expected)
    {
        // Arrange
        var scalar = BuiltInScalars.Get(scalarName)!;

        // Act
        string actual;
        try
        {
            var result = method switch
            {
                "serialize" => scalar.Serialize(RuntimeValue(input)),
                "parseValue" => scalar.ParseValue(RuntimeValue(input)),
                _ => scalar.ParseLiteral(Parser.ParseValue(input)),
            };
            actual = AsJson(result);
        }
        catch (GraphQLException exception)
        {
            actual = "ERR " + exception.Errors[0].Message;
        }

        // Assert
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void ParseLiteral_Error_IsLocatedAtTheLiteral()
    {
        var literal = Parser.ParseValue("  1.5");

        var error = Assert.Throws<GraphQLException>(() => BuiltInScalars.Int.ParseLiteral(literal)).Errors[0];

        Assert.Equal("Int cannot represent non-integer value: 1.5", error.Message);
        Assert.Equal([new SourceLocation(1, 3)], error.Locations);
    }

    [Fact]
    public void Serialize_ClrValues_AreSeenAsJavaScriptWouldSeeThem()
    {
        Assert.Equal(3, BuiltInScalars.Int.Serialize(3L));
        Assert.Equal(3, BuiltInScalars.Int.Serialize(3.0m));
        Assert.Equal("9007199254740993", BuiltInScalars.ID.Serialize(9007199254740993L));
        Assert.Equal("0.1", BuiltInScalars.String.Serialize(0.1f));
        Assert.Equal("2020-01-02T03:04:05.000Z", BuiltInScalars.String.Serialize(new DateTime(2020, 1, 2, 3, 4, 5, DateTimeKind.Utc)));
    }

    private static object? RuntimeValue(string label) => label switch
    {
        "1" => 1,
        "1.0 (double)" => 1.0d,
        "1.5" => 1.5d,
        "true" => true,
        "false" => false,
        "\"12\"" => "12",
        "\" 0x10 \"" => " 0x10 ",
        "\"\"" => string.Empty,
        "\"abc\"" => "abc",
        "2147483648" => 2147483648L,
        "-2147483649" => -2147483649L,
        "1e21" => 1e21,
        "1e-7" => 1e-7,
        "123456789.125" => 123456789.125,
        "null" => null,
        "[1,2]" => new List<object?> { 1, 2 },
        "{a:1}" => new Dictionary<string, object?> { ["a"] = 1 },
        "NaN" => double.NaN,
        _ => throw new ArgumentException(label),
    };

    private static string AsJson(object? value) => value switch
    {
        null => "null",
        bool b => b ? "true" : "false",
        string s => ValueInspector.Quote(s),
        _ => JavaScriptNumber.Format(value),
    };
}
