using Hub.GraphQL.Types;

namespace Hub.GraphQL.Tests.Types;

/// <summary>
/// graphql-js <c>validateSchema</c> parity: each case's expected errors (message @ line:column …) were produced by
/// graphql-js 16.15.0 from the same SDL with <c>buildSchema(sdl, { assumeValidSDL: true })</c>.
/// </summary>
public sealed class SchemaValidatorTests
{
    public static TheoryData<string, string, string[]> Cases { get; } = new()
    {
        { "NoQueryType", "type Foo { a: Int }", ["Query root type must be provided. @ "] },
        { "QueryIsNotObject", "scalar Query", ["Query root type must be Object type, it cannot be Query. @ 1:1"] },
        { "MutationIsNotObject", "schema { query: Q mutation: M } type Q { a: Int } input M { a: Int }", ["Mutation root type must be Object type if provided, it cannot be M. @ 1:29"] },
        { "EmptyObject", "type Query { a: Int } type Empty extend type Empty @foo directive @foo on OBJECT", ["Type Empty must define one or more fields. @ 1:23 1:34"] },
        { "ReservedNames", "type Query { __a: Int, b(__c: Int): Int } enum __E { __V } directive @__d(__x: Int) on FIELD", ["Name \"__d\" must not begin with \"__\", which is reserved by GraphQL introspection. @ 1:60", "Name \"__x\" must not begin with \"__\", which is reserved by GraphQL introspection. @ 1:75", "Name \"__a\" must not begin with \"__\", which is reserved by GraphQL introspection. @ 1:14", "Name \"__c\" must not begin with \"__\", which is reserved by GraphQL introspection. @ 1:26", "Name \"__E\" must not begin with \"__\", which is reserved by GraphQL introspection. @ 1:43", "Name \"__V\" must not begin with \"__\", which is reserved by GraphQL introspection. @ 1:54"] },
        { "FieldTypeIsInput", "type Query { a: In } input In { b: Int }", ["The type of Query.a must be Output Type but got: In. @ 1:17"] },
        { "ArgumentTypeIsOutput", "type Query { a(x: Query): Int }", ["The type of Query.a(x:) must be Input Type but got: Query. @ 1:19"] },
        { "RequiredArgumentDeprecated", "type Query { a(x: Int! @deprecated): Int }", ["Required argument Query.a(x:) cannot be deprecated. @ 1:24 1:19"] },
        { "DirectiveWithoutArgsOk", "type Query { a: Int } directive @d(x: Int! @deprecated(reason: \"r\")) on FIELD", ["Required argument @d(x:) cannot be deprecated. @ 1:44 1:39"] },
        { "InterfaceFieldMissing", "type Query { a: I } interface I { x: Int, y: String } type T implements I { x: Int }", ["Interface field I.y expected but T does not provide it. @ 1:43 1:55"] },
        { "InterfaceFieldWrongType", "type Query { a: I } interface I { x: Int } type T implements I { x: String }", ["Interface field I.x expects type Int but T.x is type String. @ 1:38 1:69"] },
        { "InterfaceArgs", "type Query { a: I } interface I { x(a: Int, b: String): Int } type T implements I { x(a: String, c: Int!): Int }", ["Interface field argument I.x(a:) expects type Int but T.x(a:) is type String. @ 1:40 1:90", "Interface field argument I.x(b:) expected but T.x does not provide it. @ 1:45 1:85", "Object field T.x includes required argument c that is missing from the Interface field I.x. @ 1:98 1:35"] },
        { "ImplementsNonInterface", "type Query { a: T } type T implements Query { a: Int }", ["Type T must only implement Interface types, it cannot implement Query. @ 1:39"] },
        { "ImplementsTwice", "type Query { a: T } interface I { a: Int } type T implements I & I { a: Int }", ["Type T can only implement I once. @ 1:62 1:66"] },
        { "ImplementsSelf", "type Query { a: I } interface I implements I { a: Int }", ["Type I cannot implement itself because it would create a circular reference. @ 1:44"] },
        { "MissingTransitive", "type Query { a: T } interface A { a: Int } interface B implements A { a: Int } type T implements B { a: Int }", ["Type T must implement A because it is implemented by B. @ 1:67 1:98"] },
        { "CircularInterfaces", "type Query { a: A } interface A implements B { a: Int } interface B implements A { a: Int }", ["Type A cannot implement B because it would create a circular reference. @ 1:80 1:44", "Type B cannot implement A because it would create a circular reference. @ 1:44 1:80"] },
        { "UnionEmptyAndBad", "type Query { a: U, b: V } union U union V = Query | Query | In input In { a: Int }", ["Union type U must define one or more member types. @ 1:27", "Union type V can only include type Query once. @ 1:45 1:53", "Union type V can only include Object types, it cannot include In. @ 1:61"] },
        { "EnumEmpty", "type Query { a: E } enum E", ["Enum type E must define one or more values. @ 1:21"] },
        { "InputEmptyAndCycle", "type Query { a(x: A, e: Empty): Int } input A { b: B! } input B { a: A!, c: [A!]! } input Empty", ["Cannot reference Input Object \"A\" within itself through a series of non-null fields: \"b.a\". @ 1:49 1:67", "Input Object type Empty must define one or more fields. @ 1:85"] },
        { "RequiredInputFieldDeprecated", "type Query { a(x: In): Int } input In { f: Int! @deprecated(reason: \"no\") }", ["Required input field In.f cannot be deprecated. @ 1:49 1:44"] },
        { "OneOf", "type Query { a(x: In): Int } input In @oneOf { a: Int!, b: String = \"x\", c: Int }", ["OneOf input field In.a must be nullable. @ 1:51", "OneOf input field In.b cannot have a default value. @ 1:57"] },
        { "Valid", "type Query { a(x: Int = 1): Int @deprecated } interface I { a: Int } type T implements I { a: Int }", [] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_ReportsGraphQLJsErrors(string name, string sdl, string[] expected)
    {
        // Arrange
        var schema = SchemaBuilder.New().AddSdl(sdl).Build(new SchemaBuildOptions { AssumeValid = true });

        // Act
        var errors = SchemaValidator.Validate(schema);

        // Assert
        var actual = errors.Select(e => e.Message + " @ " + string.Join(" ", (e.Locations ?? []).Select(l => $"{l.Line}:{l.Column}"))).ToArray();
        Assert.True(expected.SequenceEqual(actual), $"{name}:\n  expected: {string.Join("\n            ", expected)}\n  actual:   {string.Join("\n            ", actual)}");
    }

    [Fact]
    public void Build_InvalidSchema_ThrowsWithEveryMessageJoined()
    {
        var exception = Assert.Throws<InvalidSchemaException>(
            () => SchemaBuilder.FromSdl("type Query { a: Int } enum E union U"));

        Assert.Equal(2, exception.Errors.Count);
        Assert.Equal(
            "Enum type E must define one or more values.\n\nUnion type U must define one or more member types.",
            exception.Message);
    }
}
