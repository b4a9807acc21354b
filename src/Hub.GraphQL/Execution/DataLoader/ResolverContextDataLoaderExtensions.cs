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
        var loader = Registry(context.ContextData).GetOrAdd(key, static (_, state) => new Lazy<object>(() => state.create(state.context)), (create, context));
        return loader.Value as TLoader ?? throw new InvalidOperationException(
            $"The request's DataLoader '{key}' is a {loader.Value.GetType().Name}, not a {typeof(TLoader).Name}.");
    }

    private static ConcurrentDictionary<object, Lazy<object>> Registry(IDictionary<string, object?> contextData)
    {
        // Query fields resolve in parallel: the registry itself is created under a lock, used without one.
        lock (contextData)
        {
            if (contextData.TryGetValue(RegistryKey, out var value) && value is ConcurrentDictionary<object, Lazy<object>> registry)
            {
                return registry;
            }

            registry = new ConcurrentDictionary<object, Lazy<object>>();
            contextData[RegistryKey] = registry;
            return registry;
        }
    }
}
