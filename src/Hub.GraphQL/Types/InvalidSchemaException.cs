using Hub.GraphQL.Errors;

namespace Hub.GraphQL.Types;

/// <summary>Thrown when a schema fails validation; the message joins every error's message with a blank line, as graphql-js's <c>assertValidSchema</c> does.</summary>
public sealed class InvalidSchemaException(IReadOnlyList<GraphQLError> errors) : GraphQLException(errors)
{
    public override string Message => string.Join("\n\n", Errors.Select(e => e.Message));
}
