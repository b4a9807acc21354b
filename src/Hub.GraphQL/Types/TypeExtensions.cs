namespace Hub.GraphQL.Types;

/// <summary>Classification helpers on type references (graphql-js <c>isInputType</c>, <c>getNamedType</c>, …).</summary>
public static class TypeExtensions
{
    /// <summary>The named type under any list/non-null wrappers.</summary>
    public static NamedType NamedType(this IGraphQLType type)
    {
        while (true)
        {
            switch (type)
            {
                case NamedType named:
                    return named;
                case ListType list:
                    type = list.OfType;
                    break;
                case NonNullType nonNull:
                    type = nonNull.OfType;
                    break;
                default:
                    throw new ArgumentException($"Unexpected type {type}.", nameof(type));
            }
        }
    }

    /// <summary>The type without an outer non-null wrapper.</summary>
    public static IGraphQLType NullableType(this IGraphQLType type) =>
        type is NonNullType nonNull ? nonNull.OfType : type;

    public static bool IsNonNull(this IGraphQLType type) => type is NonNullType;

    public static bool IsList(this IGraphQLType type) => type is ListType;

    /// <summary>Scalars, enums, input objects and wrappers of them.</summary>
    public static bool IsInputType(this IGraphQLType type) =>
        type.NamedType() is ScalarType or EnumType or InputObjectType;

    /// <summary>Scalars, objects, interfaces, unions, enums and wrappers of them.</summary>
    public static bool IsOutputType(this IGraphQLType type) =>
        type.NamedType() is ScalarType or ObjectType or InterfaceType or UnionType or EnumType;

    /// <summary>Scalars and enums (not wrapped).</summary>
    public static bool IsLeafType(this IGraphQLType type) => type is ScalarType or EnumType;

    /// <summary>Objects, interfaces and unions (not wrapped).</summary>
    public static bool IsCompositeType(this IGraphQLType type) => type is ObjectType or InterfaceType or UnionType;

    /// <summary>Interfaces and unions (not wrapped).</summary>
    public static bool IsAbstractType(this IGraphQLType type) => type is InterfaceType or UnionType;

    /// <summary>Lists and non-null wrappers.</summary>
    public static bool IsWrappingType(this IGraphQLType type) => type is ListType or NonNullType;

    /// <summary>Adds a non-null wrapper unless the type already is non-null.</summary>
    public static IGraphQLType NonNull(this IGraphQLType type) => type as NonNullType ?? (IGraphQLType)new NonNullType(type);

    /// <summary>Wraps the type in a list.</summary>
    public static ListType List(this IGraphQLType type) => new(type);
}
