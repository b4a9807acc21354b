namespace Hub.GraphQL.Language.Syntax;

/// <summary>A non-null type reference such as <c>Int!</c>; the inner type is a named or list type.</summary>
public sealed class NonNullTypeNode : TypeNode
{
    public NonNullTypeNode(TypeNode type, Location? location = null)
        : base(location)
    {
        Type = type;
    }

    public override SyntaxKind Kind => SyntaxKind.NonNullType;

    public TypeNode Type { get; }
}
