using Hub.GraphQL.Types.Resolvers;

namespace Hub.GraphQL.Types;

/// <summary>A union type (graphql-js <c>GraphQLUnionType</c>).</summary>
public sealed class UnionType : NamedType
{
    private readonly Lazy<IReadOnlyList<ObjectType>> _types;

    /// <param name="name">The type name.</param>
    /// <param name="types">Produces the member types on first use, so types may reference each other.</param>
    public UnionType(string name, Func<IEnumerable<ObjectType>> types)
        : base(name)
    {
        ArgumentNullException.ThrowIfNull(types);
        _types = new Lazy<IReadOnlyList<ObjectType>>(() => types().ToArray());
    }

    public override TypeKind Kind => TypeKind.Union;

    /// <summary>The member types in definition order.</summary>
    public IReadOnlyList<ObjectType> Types => _types.Value;

    /// <summary>Every member the SDL named, including non-object types the union cannot hold (reported by validation).</summary>
    internal IReadOnlyList<NamedType>? DeclaredMembers { get; set; }

    /// <summary>Names the object type of a runtime value; null means the default type resolution.</summary>
    public ResolveTypeDelegate? ResolveType { get; init; }
}
