namespace Hub.GraphQL.Types;

/// <summary>Any GraphQL type: a named type or a list/non-null wrapper. <c>ToString()</c> prints the type reference.</summary>
public interface IGraphQLType
{
    /// <summary>The kind of this type.</summary>
    TypeKind Kind { get; }
}
