using Hub.GraphQL.Types.Resolvers;

namespace Hub.GraphQL.Types;

/// <summary>An object type (graphql-js <c>GraphQLObjectType</c>).</summary>
public sealed class ObjectType(
    string name,
    Func<IEnumerable<OutputField>> fields,
    Func<IEnumerable<InterfaceType>>? interfaces = null)
    : ComplexOutputType(name, fields, interfaces)
{
    public override TypeKind Kind => TypeKind.Object;

    /// <summary>Decides whether a runtime value belongs to this type when an abstract type has no resolver.</summary>
    public IsTypeOfDelegate? IsTypeOf { get; init; }

    /// <summary>The CLR type whose instances this object type represents, when known (code-first).</summary>
    public Type? RuntimeType { get; init; }
}
