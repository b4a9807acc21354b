using Hub.GraphQL.Data.Paging;
using Hub.GraphQL.Execution;
using Hub.GraphQL.Serialization;
using Hub.GraphQL.Types;

namespace Hub.GraphQL.Data.Tests.Paging;

/// <summary>HotChocolate's paging test schema: <c>letters</c>, a connection over "a" … "l" (12 items).</summary>
public static class LettersSchema
{
    public static readonly string[] Letters = [.. "abcdefghijkl".Select(c => c.ToString())];

    public static Schema Create() => SchemaBuilder.New()
        .AddSdl("""
            type Query {
              letters(
                "Returns the first _n_ elements from the list."
                first: Int
                "Returns the elements in the list that come after the specified cursor."
                after: String
                "Returns the last _n_ elements from the list."
                last: Int
                "Returns the elements in the list that come before the specified cursor."
                before: String
              ): LettersConnection
            }
            """)
        .AddConnectionType("Letters", "String")
        .BindResolver("Query", "letters", async context => await Letters.AsQueryable().ToConnectionAsync(
            PagingArguments.From(context, PagingOptions.Default), () => Task.FromResult(Letters.Length), context.RequestAborted))
        .Build();

    /// <summary>Runs <paramref name="query"/> and returns the response as graphql-js would print it.</summary>
    public static async Task<string> ExecuteAsync(string query)
    {
        var result = await Create().MakeExecutable().ExecuteAsync(new GraphQLRequest { Query = query });
        return ResultJsonWriter.ToJson((ExecutionResult)result);
    }
}
