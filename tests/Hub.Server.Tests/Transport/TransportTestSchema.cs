using System.Runtime.CompilerServices;
using Hub.GraphQL.Errors;
using Hub.GraphQL.Execution;
using Hub.GraphQL.Types;
using Hub.GraphQL.Types.Resolvers;
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
          "Waits until the request is cancelled."
          waitForCancellation: String
        }

        type Mutation {
          add(a: Int!, b: Int!): Int!
        }

        type Subscription {
          countdown(from: Int!): Int!
        }
        """;

    /// <summary>The executor, with HotChocolate's 30 s request timeout unless <paramref name="executionTimeout"/> is given.</summary>
    public static IRequestExecutor CreateExecutor(TimeSpan? executionTimeout = null) => SchemaBuilder.New()
        .AddSdl(Sdl)
        .BindResolver("Query", "hello", context => ValueTask.FromResult<object?>($"Hello, {context.ArgumentValue<string>("name")}!"))
        .BindResolver("Query", "unexpected", _ => throw new InvalidOperationException("secret connection string in here"))
        .BindResolver("Query", "refused", _ => throw new GraphQLException(new GraphQLError("Refused on purpose.").WithCode("HUB_REFUSED")))
        .BindResolver("Query", "waitForCancellation", context => WaitForCancellationAsync(context))
        .BindResolver("Mutation", "add", context =>
            ValueTask.FromResult<object?>(context.ArgumentValue<int>("a") + context.ArgumentValue<int>("b")))
        .BindSubscribe("Subscription", "countdown", context =>
            ValueTask.FromResult(Countdown(context.ArgumentValue<int>("from"), context.RequestAborted)))
        .BindResolver("Subscription", "countdown", parent => parent)
        .Build()
        .MakeExecutable(new RequestExecutorOptions
        {
            Validate = (schema, document) => DocumentValidator.Validate(schema, document),
            ExecutionTimeout = executionTimeout ?? new RequestExecutorOptions().ExecutionTimeout,
        });

    /// <summary>How many <c>waitForCancellation</c> resolvers have seen their request cancelled.</summary>
    public static int CancelledWaits => Volatile.Read(ref _cancelledWaits);

    private static int _cancelledWaits;

    private static async ValueTask<object?> WaitForCancellationAsync(IResolverContext context)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        }
        finally
        {
            Interlocked.Increment(ref _cancelledWaits);
        }

        return null;
    }

    private static async IAsyncEnumerable<object?> Countdown(int from, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var i = from; i >= 0; i--)
        {
            await Task.Delay(10, cancellationToken);
            yield return i;
        }
    }
}
