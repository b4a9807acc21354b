using System.Text.Json;
using Hub.GraphQL.Language;
using Hub.GraphQL.Types;
using Hub.GraphQL.Utilities;

namespace Hub.GraphQL.Tests.Utilities;

/// <summary>valueFromAST, astFromValue and the type comparators; expected values were produced by graphql-js 16.15.0.</summary>
public sealed class ValueConversionTests
{
    private static readonly Schema Schema = SchemaBuilder.FromSdl(
        "type Query { f(a: In, o: One, x: Other): Int } input In { a: Int!, b: [String], c: Color = RED } enum Color { RED GREEN } " +
        "input One @oneOf { a: Int, b: String } input Other { id: ID, fl: Float, bo: Boolean }");

    private static readonly IReadOnlyDictionary<string, object?> Variables = new Dictionary<string, object?> { ["v"] = 7 };

    [Theory]
    [InlineData("Int", "1", "1")]
    [InlineData("Int", "\"1\"", "undefined")]
    [InlineData("Int!", "null", "undefined")]
    [InlineData("[Int]", "1", "[1]")]
    [InlineData("[Int]", "[1, $v]", "[1,7]")]
    [InlineData("[Int!]", "[1, $missing]", "undefined")]
    [InlineData("In", "{a: 1}", "{\"a\":1,\"c\":\"RED\"}")]
    [InlineData("In", "{b: \"x\"}", "undefined")]
    [InlineData("In", "{a: $missing}", "undefined")]
    [InlineData("Color", "GREEN", "\"GREEN\"")]
    [InlineData("Color", "\"GREEN\"", "undefined")]
    [InlineData("One", "{a: 1}", "{\"a\":1}")]
    [InlineData("One", "{a: 1, b: \"x\"}", "undefined")]
    [InlineData("One", "{a: null}", "undefined")]
    [InlineData("ID", "123", "\"123\"")]
    [InlineData("Float", "1", "1")]
    [InlineData("String", "$v", "7")]
    public void ValueFromAst_MatchesGraphQLJs(string typeText, string literal, string expectedJson)
    {
        var type = TypeFromAst.Resolve(Schema, Parser.ParseType(typeText))!;

        var converted = ValueFromAst.TryConvert(Parser.ParseValue(literal), type, Variables, out var value);

        Assert.Equal(expectedJson, converted ? JsonSerializer.Serialize(value) : "undefined");
    }

    [Theory]
    [InlineData("Int", "1", "1")]
    [InlineData("String", "\"x\"", "\"x\"")]
    [InlineData("Int!", "null", "<none>")]
    [InlineData("Int", "null", "null")]
    [InlineData("[Int]", "[1,2]", "[1, 2]")]
    [InlineData("[Int]", "1", "1")]
    [InlineData("In", "{\"a\":1,\"b\":[\"x\"]}", "{a: 1, b: [\"x\"]}")]
    [InlineData("Color", "\"RED\"", "RED")]
    [InlineData("ID", "\"123\"", "123")]
    [InlineData("ID", "\"abc\"", "\"abc\"")]
    [InlineData("Float", "1.5", "1.5")]
    [InlineData("Boolean", "true", "true")]
    [InlineData("Float", "1e+21", "1e+21")]
    public void AstFromValue_MatchesGraphQLJs(string typeText, string valueJson, string expectedLiteral)
    {
        var type = TypeFromAst.Resolve(Schema, Parser.ParseType(typeText))!;

        var literal = AstFromValue.Convert(RuntimeValue(valueJson), type);

        Assert.Equal(expectedLiteral, literal is null ? "<none>" : Printer.Print(literal));
    }

    [Fact]
    public void TypeComparators_FollowGraphQLJs()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a: I } interface I { a: Int } type T implements I { a: Int } type U { a: Int } union TU = T | U");
        IGraphQLType Type(string text) => TypeFromAst.Resolve(schema, Parser.ParseType(text))!;

        Assert.True(TypeComparators.IsEqualType(Type("[Int!]"), Type("[Int!]")));
        Assert.False(TypeComparators.IsEqualType(Type("[Int]"), Type("[Int!]")));
        Assert.True(TypeComparators.IsTypeSubTypeOf(schema, Type("T!"), Type("I")));
        Assert.False(TypeComparators.IsTypeSubTypeOf(schema, Type("I"), Type("T")));
        Assert.False(TypeComparators.IsTypeSubTypeOf(schema, Type("T"), Type("I!")));
        Assert.True(TypeComparators.IsTypeSubTypeOf(schema, Type("[T!]!"), Type("[I]")));
        Assert.True(TypeComparators.DoTypesOverlap(schema, schema.GetType("I")!, schema.GetType("TU")!));
        Assert.False(TypeComparators.DoTypesOverlap(schema, schema.GetType("I")!, schema.GetType("U")!));
    }

    private static object? RuntimeValue(string json) => json switch
    {
        "1" => 1,
        "\"x\"" => "x",
        "null" => null,
        "[1,2]" => new List<object?> { 1, 2 },
        "{\"a\":1,\"b\":[\"x\"]}" => new Dictionary<string, object?> { ["a"] = 1, ["b"] = new List<object?> { "x" } },
        "\"RED\"" => "RED",
        "\"123\"" => "123",
        "\"abc\"" => "abc",
        "1.5" => 1.5,
        "true" => true,
        "1e+21" => 1e21,
        _ => throw new ArgumentException(json),
    };
}
