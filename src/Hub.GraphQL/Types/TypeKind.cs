namespace Hub.GraphQL.Types;

/// <summary>The kind of a GraphQL type, as reported by introspection's <c>__TypeKind</c>.</summary>
public enum TypeKind
{
    Scalar,
    Object,
    Interface,
    Union,
    Enum,
    InputObject,
    List,
    NonNull,
}
