using Hub.GraphQL.Language.Syntax;
using Hub.GraphQL.Types;

namespace Hub.GraphQL.Utilities;

/// <summary>graphql-js <c>typeFromAST</c>: resolves a type reference against a schema.</summary>
public static class TypeFromAst
{
    /// <summary>The type <paramref name="typeNode"/> names, or null when its named type is not in the schema.</summary>
    public static IGraphQLType? Resolve(Schema schema, TypeNode typeNode) => typeNode switch
    {
        NamedTypeNode named => schema.GetType(named.Name.Value),
        ListTypeNode list => Resolve(schema, list.Type) is { } item ? new ListType(item) : null,
        NonNullTypeNode nonNull => Resolve(schema, nonNull.Type) is { } inner ? new NonNullType(inner) : null,
        _ => throw new ArgumentException($"Unexpected type node {typeNode.Kind}.", nameof(typeNode)),
    };
}
