using System.Text.Json;
using Hub.GraphQL.Errors;
using Hub.GraphQL.Language;
using Hub.GraphQL.Types;
using Hub.GraphQL.Utilities;

namespace Hub.GraphQL.Tests.Utilities;

/// <summary>
/// graphql-js <c>coerceInputValue</c> parity. Each row (type, JSON input, coerced JSON, reported errors as
/// "path | inspect(value) | message", and the default handler's thrown message) was produced by graphql-js 16.15.0.
/// </summary>
public sealed class InputValueCoercionTests
{
    private static readonly Schema Schema = SchemaBuilder.FromSdl(
        "type Query { f(a: In, o: One): Int } input In { a: Int!, b: [String], c: Nested, d: Color = RED } " +
        "input Nested { x: Float } enum Color { RED GREEN } input One @oneOf { a: Int, b: String }");

    public static TheoryData<string, string, string, string[], string?> Cases { get; } = new()
    {
        { "In", "{\"a\":1}", "{\"a\":1,\"d\":\"RED\"}", [], null },
        { "In", "{\"a\":1,\"b\":\"x\"}", "{\"a\":1,\"b\":[\"x\"],\"d\":\"RED\"}", [], null },
        { "In", "{\"a\":1,\"b\":[\"x\",2]}", "{\"a\":1,\"b\":[\"x\",null],\"d\":\"RED\"}", ["b/1 | 2 | String cannot represent a non string value: 2"], "Invalid value 2 at \"value.b[1]\": String cannot represent a non string value: 2" },
        { "In", "{\"b\":null}", "{\"b\":null,\"d\":\"RED\"}", [" | { b: null } | Field \"a\" of required type \"Int!\" was not provided."], "Invalid value { b: null }: Field \"a\" of required type \"Int!\" was not provided." },
        { "In", "{\"a\":null,\"c\":{\"x\":\"no\",\"y\":1}}", "{\"c\":{},\"d\":\"RED\"}", ["a | null | Expected non-nullable type \"Int!\" not to be null.", "c/x | \"no\" | Float cannot represent non numeric value: \"no\"", "c | { x: \"no\", y: 1 } | Field \"y\" is not defined by type \"Nested\". Did you mean \"x\"?"], "Invalid value null at \"value.a\": Expected non-nullable type \"Int!\" not to be null." },
        { "In", "[1]", "null", [" | [1] | Expected type \"In\" to be an object."], "Invalid value [1]: Expected type \"In\" to be an object." },
        { "In", "{\"a\":1,\"d\":\"BLUE\",\"aa\":2}", "{\"a\":1}", ["d | \"BLUE\" | Value \"BLUE\" does not exist in \"Color\" enum.", " | { a: 1, d: \"BLUE\", aa: 2 } | Field \"aa\" is not defined by type \"In\". Did you mean \"a\"?"], "Invalid value \"BLUE\" at \"value.d\": Value \"BLUE\" does not exist in \"Color\" enum." },
        { "In", "{\"a\":1,\"d\":\"RED\"}", "{\"a\":1,\"d\":\"RED\"}", [], null },
        { "In!", "null", "null", [" | null | Expected non-nullable type \"In!\" not to be null."], "Invalid value null: Expected non-nullable type \"In!\" not to be null." },
        { "[Int!]", "[1,null,\"x\"]", "[1,null,null]", ["1 | null | Expected non-nullable type \"Int!\" not to be null.", "2 | \"x\" | Int cannot represent non-integer value: \"x\""], "Invalid value null at \"value[1]\": Expected non-nullable type \"Int!\" not to be null." },
        { "[Int]", "5", "[5]", [], null },
        { "One", "{\"a\":1}", "{\"a\":1}", [], null },
        { "One", "{\"a\":1,\"b\":\"x\"}", "{\"a\":1,\"b\":\"x\"}", [" | { a: 1, b: \"x\" } | Exactly one key must be specified for OneOf type \"One\"."], "Invalid value { a: 1, b: \"x\" }: Exactly one key must be specified for OneOf type \"One\"." },
        { "One", "{\"a\":null}", "{\"a\":null}", ["a | null | Field \"a\" must be non-null."], "Invalid value null at \"value.a\": Field \"a\" must be non-null." },
        { "One", "{}", "{}", [" | {} | Exactly one key must be specified for OneOf type \"One\"."], "Invalid value {}: Exactly one key must be specified for OneOf type \"One\"." },
        { "Color", "\"red\"", "null", [" | \"red\" | Value \"red\" does not exist in \"Color\" enum. Did you mean the enum value \"RED\"?"], "Invalid value \"red\": Value \"red\" does not exist in \"Color\" enum. Did you mean the enum value \"RED\"?" },
        { "Color", "1", "null", [" | 1 | Enum \"Color\" cannot represent non-string value: 1."], "Invalid value 1: Enum \"Color\" cannot represent non-string value: 1." },
        { "Int", "1.5", "null", [" | 1.5 | Int cannot represent non-integer value: 1.5"], "Invalid value 1.5: Int cannot represent non-integer value: 1.5" },
        { "[[Int]]", "[[1],2]", "[[1],[2]]", [], null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Coerce_MatchesGraphQLJs(string typeText, string inputJson, string expectedJson, string[] expectedErrors, string? expectedThrown)
    {
        // Arrange
        var type = TypeFromAst.Resolve(Schema, Parser.ParseType(typeText))!;
        var input = JsonDocument.Parse(inputJson).RootElement;
        var errors = new List<string>();

        // Act
        var coerced = InputValueCoercion.Coerce(
            input, type, (path, invalid, error) => errors.Add($"{string.Join("/", path)} | {ValueInspector.Inspect(invalid)} | {error.Message}"));
        var thrown = Record.Exception(() => InputValueCoercion.Coerce(input, type));

        // Assert
        Assert.Equal(expectedJson, JsonSerializer.Serialize(coerced));
        Assert.Equal(expectedErrors, errors);
        Assert.Equal(expectedThrown, (thrown as GraphQLException)?.Errors[0].Message);
    }

    [Fact]
    public void PrintPath_UsesDotsForKeysAndBracketsForIndexes()
    {
        Assert.Equal(".a[0].b", InputValueCoercion.PrintPath(["a", 0, "b"]));
    }
}
