using System.Collections.Concurrent;
using Hub.GraphQL.Types.Resolvers;

namespace Hub.GraphQL.Execution.DataLoader;

/// <summary>
/// DataLoaders that live as long as one request: the first resolver asking for a key creates the loader, every
/// later one (on any thread) gets the same instance, so batches and the per-request cache span the whole request.
/// </summary>
public static class ResolverContextDataLoaderExtensions
{
    private const string RegistryKey = "Hub.GraphQL.DataLoaders";

    /// <summary>The request's DataLoader registered under <paramref name="key"/>, created with <paramref name="create"/> the first time.</summary>
    public static TLoader DataLoader<TLoader>(this IResolverContext context, object key, Func<IResolverContext, TLoader> create)
        where TLoader : class
    {
        var registry = context.RequestValue(RegistryKey, static _ => new ConcurrentDictionary<object, Lazy<object>>());
        var loader = registry.GetOrAdd(key, static (_, state) => new Lazy<object>(() => state.create(state.context)), (create, context));
        return loader.Value as TLoader ?? throw new InvalidOperationException(
            $"The request's DataLoader '{key}' is a {loader.Value.GetType().Name}, not a {typeof(TLoader).Name}.");
    }
}
