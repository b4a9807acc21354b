using Hub.GraphQL.Types.Resolvers;

namespace Hub.GraphQL.Types;

/// <summary>An interface type (graphql-js <c>GraphQLInterfaceType</c>).</summary>
public sealed class InterfaceType(
    string name,
    Func<IEnumerable<OutputField>> fields,
    Func<IEnumerable<InterfaceType>>? interfaces = null)
    : ComplexOutputType(name, fields, interfaces)
{
    public override TypeKind Kind => TypeKind.Interface;

    /// <summary>Names the object type of a runtime value; null means the default type resolution.</summary>
    public ResolveTypeDelegate? ResolveType { get; init; }
}
