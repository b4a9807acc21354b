using System.Buffers;
using System.Text;
using Hub.GraphQL.Execution;
using Hub.GraphQL.Serialization;
using Hub.GraphQL.Types;

namespace Hub.GraphQL.Tests.Differential;

/// <summary>
/// Introspection round trip: the engine answers a full introspection query for each corpus schema, graphql-js rebuilds
/// a schema from that answer (<c>buildClientSchema</c> + <c>printSchema</c>), and the SDL must equal the engine's own
/// <see cref="Schema.ToSdl"/>. Two queries: Banana Cake Pop's (what the IDE sends) and graphql-js's with every feature
/// switched on (it adds <c>isOneOf</c> and the schema description, which the IDE's query does not ask for).
/// </summary>
public sealed class IntrospectionRoundTripTests
{
    private static readonly Lazy<string> GraphQLJsQuery = new(() => GraphQLJs.Run("roundtrip.mjs", "--print-query"));

    private static string BananaCakePopQueryPath => Path.Combine(RepositoryPaths.Cases, "bcp-introspection-query.graphql");

    public static IEnumerable<object[]> Schemas => RepositoryPaths.SchemaNames.Select(name => new object[] { name });

    [Theory]
    [MemberData(nameof(Schemas))]
    public async Task FullIntrospection_RoundTripsToOwnSdl(string schemaName)
    {
        // Arrange
        var corpus = CorpusFolder.Get(schemaName).Engine;

        // Act
        var sdl = await RoundTripAsync(corpus.Executor, GraphQLJsQuery.Value, operationName: null);

        // Assert
        Assert.Equal(corpus.Schema.ToSdl(), sdl);
    }

    [Theory]
    [MemberData(nameof(Schemas))]
    public async Task BananaCakePopIntrospection_RoundTripsLikeGraphQLJs(string schemaName)
    {
        // Arrange: the IDE's query asks neither for isOneOf nor for the schema description, so the SDL it yields is
        // compared with what graphql-js yields for the same query, not with ToSdl.
        var folder = CorpusFolder.Get(schemaName);
        var expectedResult = folder.Expected["full introspection"].GetProperty("result").GetRawText();

        // Act
        var sdl = await RoundTripAsync(folder.Engine.Executor, File.ReadAllText(BananaCakePopQueryPath), "IntrospectionQuery");

        // Assert
        Assert.Equal(RoundTrip(Encoding.UTF8.GetBytes(expectedResult)), sdl);
    }

    private static async Task<string> RoundTripAsync(IRequestExecutor executor, string query, string? operationName)
    {
        var result = await executor.ExecuteAsync(new GraphQLRequest { Query = query, OperationName = operationName });
        var buffer = new ArrayBufferWriter<byte>();
        ResultJsonWriter.Write((ExecutionResult)result, buffer);
        return RoundTrip(buffer.WrittenSpan.ToArray());
    }

    private static string RoundTrip(byte[] introspectionResult)
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(file, introspectionResult);
            return GraphQLJs.Run("roundtrip.mjs", file);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
