using Hub.GraphQL.Language.Syntax;

namespace Hub.GraphQL.Language;

/// <summary>
/// Parses GraphQL source text into an AST exactly as graphql-js 16.15's <c>parse</c> does; syntax errors throw
/// <see cref="Errors.GraphQLSyntaxException"/> with graphql-js's message and location.
/// </summary>
public static class Parser
{
    /// <summary>Parses a whole document (executable and/or type-system definitions).</summary>
    public static DocumentNode Parse(string source, ParserOptions? options = null)
        => new DocumentParser(source, options).ParseDocument();

    /// <summary>Parses a single value literal, variables allowed (graphql-js <c>parseValue</c>).</summary>
    public static ValueNode ParseValue(string source, ParserOptions? options = null)
        => new DocumentParser(source, options).ParseStandaloneValue(isConst: false);

    /// <summary>Parses a single constant value literal (graphql-js <c>parseConstValue</c>).</summary>
    public static ValueNode ParseConstValue(string source, ParserOptions? options = null)
        => new DocumentParser(source, options).ParseStandaloneValue(isConst: true);

    /// <summary>Parses a type reference such as <c>[String!]!</c> (graphql-js <c>parseType</c>).</summary>
    public static TypeNode ParseType(string source, ParserOptions? options = null)
        => new DocumentParser(source, options).ParseStandaloneType();
}
