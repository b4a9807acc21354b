using Hub.GraphQL.Data.Paging;
using Hub.GraphQL.Execution;
using Hub.GraphQL.Serialization;
using Hub.GraphQL.Types;

namespace Hub.GraphQL.Data.Tests.Paging;

/// <summary>HotChocolate's paging test schema: <c>letters</c>, a connection over "a" … "l" (12 items).</summary>
public static class LettersSchema
{
    public static readonly string[] Letters = [.. "abcdefghijkl".Select(c => c.ToString())];

    public static Schema Create()
    {
        var builder = SchemaBuilder.New().AddSdl("type Query { letters: [String!] }");
        builder.Field("Query", "letters").Resolve(_ => Letters.AsQueryable()).UsePaging(PagingOptions.Default with { IncludeTotalCount = true });
        return builder.Build();
    }

    /// <summary>Runs <paramref name="query"/> and returns the response as graphql-js would print it.</summary>
    public static async Task<string> ExecuteAsync(string query)
    {
        var result = await Create().MakeExecutable().ExecuteAsync(new GraphQLRequest { Query = query });
        return ResultJsonWriter.ToJson((ExecutionResult)result);
    }
}
