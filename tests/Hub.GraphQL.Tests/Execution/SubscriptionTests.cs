using Hub.GraphQL.Execution;
using Hub.GraphQL.Serialization;
using Hub.GraphQL.Types;
using Hub.GraphQL.Types.Resolvers;
using static Hub.GraphQL.Tests.Execution.ExecutionTestKit;

namespace Hub.GraphQL.Tests.Execution;

/// <summary>Subscriptions: one response per source event, errors as graphql-js's <c>subscribe</c>.</summary>
public sealed class SubscriptionTests
{
    [Fact]
    public async Task Each_event_is_executed_with_the_event_as_root_value()
    {
        var stream = (ResponseStream)await BuildSchema(Events(3)).MakeExecutable()
            .ExecuteAsync(new GraphQLRequest { Query = "subscription { ticked { n } }" });

        var responses = new List<string>();
        await foreach (var result in stream)
        {
            responses.Add(ResultJsonWriter.ToJson(result));
        }

        Assert.Equal(
            ["""{"data":{"ticked":{"n":0}}}""", """{"data":{"ticked":{"n":1}}}""", """{"data":{"ticked":{"n":2}}}"""],
            responses);
    }

    [Fact]
    public async Task A_failing_subscribe_resolver_gives_a_located_error_without_data()
    {
        var schema = BuildSchema(_ => throw new InvalidOperationException("no topic"));

        var result = (ExecutionResult)await schema.MakeExecutable().ExecuteAsync(new GraphQLRequest { Query = "subscription { ticked { n } }" });

        Assert.Equal(
            """{"errors":[{"message":"no topic","locations":[{"line":1,"column":16}],"path":["ticked"]}]}""",
            ResultJsonWriter.ToJson(result));
    }

    [Fact]
    public async Task A_schema_without_subscriptions_reports_it()
    {
        var schema = Schema(new ObjectType("Query", () => [Field("a", Str)]));

        var result = (ExecutionResult)await schema.MakeExecutable().ExecuteAsync(new GraphQLRequest { Query = "subscription { a }" });

        Assert.Equal(
            """{"errors":[{"message":"Schema is not configured to execute subscription operation.","locations":[{"line":1,"column":1}]}],"data":null}""",
            ResultJsonWriter.ToJson(result));
    }

    private static SubscribeResolverDelegate Events(int count)
        => _ => new ValueTask<IAsyncEnumerable<object?>>(Produce(count));

    private static async IAsyncEnumerable<object?> Produce(int count)
    {
        for (var i = 0; i < count; i++)
        {
            await Task.Yield();
            yield return Obj(("ticked", Obj(("n", i))));
        }
    }

    private static Schema BuildSchema(SubscribeResolverDelegate subscribe)
    {
        var tick = new ObjectType("Tick", () => [Field("n", Int)]);
        var subscription = new ObjectType("Subscription", () => [new OutputField("ticked", tick) { Subscribe = subscribe }]);
        return Schema(new ObjectType("Query", () => [Field("a", Str)]), null, subscription);
    }
}
