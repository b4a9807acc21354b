using System.Runtime.CompilerServices;
using Hub.GraphQL.Errors;
using Hub.GraphQL.Execution;
using Hub.GraphQL.Types;
using Hub.GraphQL.Validation;

namespace Hub.Server.Tests.Transport;

/// <summary>A small schema exercising every transport path: queries, a mutation, a subscription and failures.</summary>
internal static class TransportTestSchema
{
    private const string Sdl = """
        type Query {
          hello(name: String = "world"): String!
          unexpected: String
          refused: String
        }

        type Mutation {
          add(a: Int!, b: Int!): Int!
        }

        type Subscription {
          countdown(from: Int!): Int!
        }
        """;

    public static IRequestExecutor CreateExecutor() => SchemaBuilder.New()
        .AddSdl(Sdl)
        .BindResolver("Query", "hello", context => ValueTask.FromResult<object?>($"Hello, {context.ArgumentValue<string>("name")}!"))
        .BindResolver("Query", "unexpected", _ => throw new InvalidOperationException("secret connection string in here"))
        .BindResolver("Query", "refused", _ => throw new GraphQLException(new GraphQLError("Refused on purpose.").WithCode("HUB_REFUSED")))
        .BindResolver("Mutation", "add", context =>
            ValueTask.FromResult<object?>(context.ArgumentValue<int>("a") + context.ArgumentValue<int>("b")))
        .BindSubscribe("Subscription", "countdown", context =>
            ValueTask.FromResult(Countdown(context.ArgumentValue<int>("from"), context.RequestAborted)))
        .BindResolver("Subscription", "countdown", parent => parent)
        .Build()
        .MakeExecutable(new RequestExecutorOptions { Validate = (schema, document) => DocumentValidator.Validate(schema, document) });

    private static async IAsyncEnumerable<object?> Countdown(int from, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var i = from; i >= 0; i--)
        {
            await Task.Delay(10, cancellationToken);
            yield return i;
        }
    }
}
