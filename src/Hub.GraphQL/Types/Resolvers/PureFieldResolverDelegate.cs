namespace Hub.GraphQL.Types.Resolvers;

/// <summary>Resolves a field from the parent value alone (property or dictionary access): the executor's fast path.</summary>
public delegate object? PureFieldResolverDelegate(object? parent);
