namespace Hub.GraphQL.Types.Resolvers;

/// <summary>
/// Values that live as long as one request, kept in its context data: the first resolver asking creates the value,
/// every later one (on any thread) gets the same instance, so work that depends only on the request runs once.
/// </summary>
public static class ResolverContextRequestValues
{
    /// <summary>The request's value under <paramref name="key"/>, created with <paramref name="create"/> the first time.</summary>
    public static T RequestValue<T>(this IResolverContext context, string key, Func<IResolverContext, T> create)
        where T : class
    {
        // Query fields resolve in parallel: the value is created under a lock of the request's context data.
        lock (context.ContextData)
        {
            if (context.ContextData.TryGetValue(key, out var value) && value is T existing)
            {
                return existing;
            }

            var created = create(context);
            context.ContextData[key] = created;
            return created;
        }
    }
}
