namespace Hub.GraphQL.Types;

/// <summary>A list of another type (graphql-js <c>GraphQLList</c>).</summary>
public sealed class ListType(IGraphQLType ofType) : IGraphQLType
{
    /// <summary>The item type.</summary>
    public IGraphQLType OfType { get; } = ofType ?? throw new ArgumentNullException(nameof(ofType));

    public TypeKind Kind => TypeKind.List;

    public override string ToString() => "[" + OfType + "]";
}
