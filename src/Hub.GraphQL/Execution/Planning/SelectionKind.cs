namespace Hub.GraphQL.Execution.Planning;

/// <summary>How a selection's value is produced; chosen once when the operation is compiled.</summary>
internal enum SelectionKind
{
    /// <summary><c>__typename</c>: the declaring type's name, no resolver call.</summary>
    TypeName,

    /// <summary>A synchronous parent-only resolver (or graphql-js's default resolver), called inline without a context.</summary>
    Pure,

    /// <summary>A full resolver with an <see cref="Types.Resolvers.IResolverContext"/>, or a pure one whose arguments need checking.</summary>
    Resolver,

    /// <summary>A field with middleware: its composed <see cref="Types.OutputField.Pipeline"/> is called with a context.</summary>
    Pipeline,

    /// <summary>A guarded field: its authorization rules are checked around the resolver.</summary>
    Authorized,
}
