namespace Hub.GraphQL.Language.Syntax;

/// <summary>A list type reference such as <c>[Int]</c>.</summary>
public sealed class ListTypeNode : TypeNode
{
    public ListTypeNode(TypeNode type, Location? location = null)
        : base(location)
    {
        Type = type;
    }

    public override SyntaxKind Kind => SyntaxKind.ListType;

    public TypeNode Type { get; }
}
