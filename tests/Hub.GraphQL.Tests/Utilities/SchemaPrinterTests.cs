using Hub.GraphQL.Tests.Snapshots;
using Hub.GraphQL.Types;
using Hub.GraphQL.Utilities;
using Hub.Testing;

namespace Hub.GraphQL.Tests.Utilities;

/// <summary>
/// printSchema parity: the snapshots were written by graphql-js 16.15.0's <c>printSchema(buildSchema(sdl))</c> of the
/// same SDL files (the conformance corpus schemas and <c>extensions-schema.graphql</c>).
/// </summary>
public sealed class SchemaPrinterTests
{
    [Theory]
    [InlineData("Features", "tests/Hub.GraphQL.Conformance/cases/features/schema.graphql")]
    [InlineData("StarWars", "tests/Hub.GraphQL.Conformance/cases/starwars/schema.graphql")]
    [InlineData("Inputs", "tests/Hub.GraphQL.Conformance/cases/inputs/schema.graphql")]
    [InlineData("Extensions", "tests/Hub.GraphQL.Tests/Utilities/extensions-schema.graphql")]
    public void Print_MatchesGraphQLJs(string caseName, string sdlPath)
    {
        // Arrange
        var schema = SchemaBuilder.FromSdl(File.ReadAllText(Repository.File(sdlPath)));

        // Act
        var sdl = schema.ToSdl();

        // Assert
        Snapshot.Match(sdl, caseName);
    }

    [Fact]
    public void PrintIntrospection_MatchesGraphQLJs()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a: Int }");

        Snapshot.Match(SchemaPrinter.PrintIntrospection(schema));
    }

    [Fact]
    public void Print_SchemaDefinition_OnlyWhenRootNamesAreNotTheDefaults()
    {
        Assert.Equal("type Query {\n  a: Int\n}", SchemaBuilder.FromSdl("type Query { a: Int }").ToSdl());
        Assert.Equal(
            "schema {\n  query: Q\n}\n\ntype Q {\n  a: Int\n}",
            SchemaBuilder.FromSdl("schema { query: Q } type Q { a: Int }").ToSdl());
    }
}
