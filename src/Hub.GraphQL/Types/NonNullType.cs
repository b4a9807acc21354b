namespace Hub.GraphQL.Types;

/// <summary>A non-null wrapper around a nullable type (graphql-js <c>GraphQLNonNull</c>).</summary>
public sealed class NonNullType : IGraphQLType
{
    public NonNullType(IGraphQLType ofType)
    {
        ArgumentNullException.ThrowIfNull(ofType);
        if (ofType is NonNullType)
        {
            throw new ArgumentException($"Expected {ofType} to be a GraphQL nullable type.", nameof(ofType));
        }

        OfType = ofType;
    }

    /// <summary>The nullable type this wraps.</summary>
    public IGraphQLType OfType { get; }

    public TypeKind Kind => TypeKind.NonNull;

    public override string ToString() => OfType + "!";
}
