namespace Hub.GraphQL.Types.Resolvers;

/// <summary>Names the object type of a runtime value returned for an interface or union.</summary>
public delegate string? ResolveTypeDelegate(object value, IResolverContext context, NamedType abstractType);
