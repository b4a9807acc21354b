using Hub.GraphQL.Errors;
using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Types;

namespace Hub.GraphQL.Validation;

/// <summary>What SDL rules see (graphql-js <c>SDLValidationContext</c>): the type-system document and the schema it extends, if any.</summary>
public sealed class SdlValidationContext(DocumentNode document, Schema? schemaToExtend, Action<GraphQLError> onError)
    : DocumentValidationContext(document, onError)
{
    public override Schema? Schema { get; } = schemaToExtend;
}
