namespace Hub.GraphQL.Types.Resolvers;

/// <summary>Decides whether a runtime value belongs to an object type.</summary>
public delegate bool IsTypeOfDelegate(object value, IResolverContext context);
