using Hub.GraphQL.Errors;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Validation;
using GraphQLSchema = Hub.GraphQL.Types.Schema;

namespace Hub.Server.Authorization;

/// <summary>
/// Validation whose errors suggest no names. graphql-js's "Did you mean …?" hints are drawn from the whole schema,
/// so with filtered introspection a caller without a scope would still be handed the names of the fields and
/// arguments introspection hides from it (<c>{ persn }</c> → "Did you mean "person"?", <c>personNam</c> → "personName").
/// Validation results are cached per document, not per caller, so the hints go for everyone; the rest of each message
/// (what is wrong, where) stays.
/// </summary>
public static class SuggestionFreeValidation
{
    private const string Hint = " Did you mean ";

    /// <summary>The engine's validation, each message cut before its suggestion.</summary>
    public static IReadOnlyList<GraphQLError> Validate(GraphQLSchema schema, DocumentNode document) =>
        DocumentValidator.Validate(schema, document).Select(WithoutSuggestion).ToList();

    /// <summary><paramref name="error"/> without the trailing " Did you mean …?" of its message, if it has one.</summary>
    public static GraphQLError WithoutSuggestion(GraphQLError error)
    {
        var at = error.Message.IndexOf(Hint, StringComparison.Ordinal);
        return at < 0 ? error : error.WithMessage(error.Message[..at]);
    }
}
