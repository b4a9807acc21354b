using System.Runtime.CompilerServices;
using Hub.GraphQL.Types.Resolvers;

namespace Hub.GraphQL.CodeFirst;

/// <summary>Result adapters the compiled resolvers call: completed tasks return synchronously, without a state machine.</summary>
internal static class ResolverResults
{
    public static ValueTask<object?> FromTask<T>(Task<T> task)
        => task.IsCompletedSuccessfully ? new ValueTask<object?>(task.Result) : Await(task);

    public static ValueTask<object?> FromValueTask<T>(ValueTask<T> task)
        => task.IsCompletedSuccessfully ? new ValueTask<object?>(task.Result) : Await(task.AsTask());

    public static ValueTask<IAsyncEnumerable<object?>> FromStream<T>(IAsyncEnumerable<T> stream)
        => new(stream as IAsyncEnumerable<object?> ?? Box(stream));

    public static async ValueTask<IAsyncEnumerable<object?>> FromStreamTask<T>(Task<IAsyncEnumerable<T>> stream)
        => await FromStream(await stream.ConfigureAwait(false)).ConfigureAwait(false);

    public static async ValueTask<IAsyncEnumerable<object?>> FromStreamValueTask<T>(ValueTask<IAsyncEnumerable<T>> stream)
        => await FromStream(await stream.ConfigureAwait(false)).ConfigureAwait(false);

    /// <summary>A service for a resolver parameter; a missing required service is a configuration error worth naming.</summary>
    public static object? Service(IResolverContext context, Type serviceType, bool optional)
    {
        var service = context.Services?.GetService(serviceType);
        if (service is null && !optional)
        {
            throw new InvalidOperationException(
                $"The resolver of {context.Field} needs the service {serviceType}, which the request's services do not provide.");
        }

        return service;
    }

    private static async ValueTask<object?> Await<T>(Task<T> task) => await task.ConfigureAwait(false);

    private static async IAsyncEnumerable<object?> Box<T>(IAsyncEnumerable<T> stream, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var item in stream.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return item;
        }
    }
}
