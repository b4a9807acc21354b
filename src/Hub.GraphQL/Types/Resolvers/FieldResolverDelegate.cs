namespace Hub.GraphQL.Types.Resolvers;

/// <summary>Resolves a field's value; may complete synchronously through the returned <see cref="ValueTask{T}"/>.</summary>
public delegate ValueTask<object?> FieldResolverDelegate(IResolverContext context);
