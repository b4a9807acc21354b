namespace Hub.GraphQL.Errors;

/// <summary>
/// Thrown to report one or more GraphQL errors with a chosen message and code (by resolvers, scalars, the parser).
/// The exception message is the first error's message.
/// </summary>
public class GraphQLException : Exception
{
    public GraphQLException(string message)
        : this(new GraphQLError(message))
    {
    }

    public GraphQLException(GraphQLError error)
        : this([error])
    {
    }

    public GraphQLException(IReadOnlyList<GraphQLError> errors, Exception? innerException = null)
        : base(errors.Count > 0 ? errors[0].Message : "Unexpected GraphQL error.", innerException)
    {
        Errors = errors;
    }

    public IReadOnlyList<GraphQLError> Errors { get; }
}
