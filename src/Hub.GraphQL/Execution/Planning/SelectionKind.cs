namespace Hub.GraphQL.Execution.Planning;

/// <summary>How a selection's value is produced; chosen once when the operation is compiled.</summary>
internal enum SelectionKind
{
    /// <summary><c>__typename</c>: the declaring type's name, no resolver call.</summary>
    TypeName,

    /// <summary>A synchronous parent-only resolver, called inline without a resolver context.</summary>
    Pure,

    /// <summary>A full resolver that receives an <see cref="Types.Resolvers.IResolverContext"/>.</summary>
    Resolver,

    /// <summary>graphql-js's default resolver: the parent's property or dictionary entry named like the field.</summary>
    Default,
}
