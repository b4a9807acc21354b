namespace Hub.GraphQL.Types.Resolvers;

/// <summary>Creates the event stream of a subscription root field; each event is then resolved like a query.</summary>
public delegate ValueTask<IAsyncEnumerable<object?>> SubscribeResolverDelegate(IResolverContext context);
