namespace Hub.GraphQL.CodeFirst;

/// <summary>
/// Overrides the GraphQL type of a field or argument (HotChocolate's <c>[GraphQLType]</c>): either a type reference in
/// SDL syntax such as <c>"[ID!]!"</c>, or a CLR type (a <see cref="Types.ScalarType"/> subclass or any mapped type).
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter)]
public sealed class GraphQLTypeAttribute : Attribute
{
    public GraphQLTypeAttribute(string typeSyntax) => TypeSyntax = typeSyntax;

    public GraphQLTypeAttribute(Type type) => Type = type;

    public string? TypeSyntax { get; }

    public Type? Type { get; }
}
