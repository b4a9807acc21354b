using Hub.GraphQL.Errors;
using Hub.GraphQL.Language.Syntax;

namespace Hub.GraphQL.Types;

/// <summary>Builds the exceptions leaf types throw for values they cannot represent.</summary>
public static class ScalarErrors
{
    /// <summary>An exception carrying one error with graphql-js's message, located at <paramref name="node"/> when given.</summary>
    public static GraphQLException Invalid(string message, SyntaxNode? node = null, string? code = null) =>
        new(new GraphQLError(
            message,
            node is null ? null : [node],
            extensions: code is null ? null : new Dictionary<string, object?> { ["code"] = code }));
}
