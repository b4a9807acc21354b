namespace Hub.GraphQL.Language.Syntax;

/// <summary>A reference to a named type.</summary>
public sealed class NamedTypeNode : TypeNode
{
    public NamedTypeNode(NameNode name, Location? location = null)
        : base(location)
    {
        Name = name;
    }

    public override SyntaxKind Kind => SyntaxKind.NamedType;

    public NameNode Name { get; }
}
