using Hub.GraphQL.Language;
using Hub.GraphQL.Types;

namespace Hub.GraphQL.Authorization;

/// <summary>Lets schema-first SDL use <c>@authorize</c> and <c>@allowAnonymous</c> (HotChocolate's <c>AddAuthorization()</c>).</summary>
public static class AuthorizationSchemaBuilderExtensions
{
    /// <summary>
    /// The directive definitions, HotChocolate's: internal to the schema, so <c>printSchema</c> and introspection do
    /// not show them.
    /// </summary>
    public const string Sdl = """
        directive @authorize(policy: String, roles: [String!], apply: ApplyPolicy! = BEFORE_RESOLVER) repeatable on OBJECT | FIELD_DEFINITION

        directive @allowAnonymous on FIELD_DEFINITION

        enum ApplyPolicy {
          BEFORE_RESOLVER
          AFTER_RESOLVER
          VALIDATION
        }
        """;

    /// <summary>Declares <c>@authorize</c>, <c>@allowAnonymous</c> and <c>ApplyPolicy</c> for the builder's SDL.</summary>
    public static SchemaBuilder AddAuthorization(this SchemaBuilder builder) =>
        builder.AddInternalDefinitions(Parser.Parse(Sdl));
}
