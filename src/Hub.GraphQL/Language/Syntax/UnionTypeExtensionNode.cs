namespace Hub.GraphQL.Language.Syntax;

/// <summary>An <c>extend union</c> definition.</summary>
public sealed class UnionTypeExtensionNode : TypeExtensionNode
{
    public UnionTypeExtensionNode(
        NameNode name,
        IReadOnlyList<DirectiveNode> directives,
        IReadOnlyList<NamedTypeNode> types,
        Location? location = null)
        : base(name, directives, location)
    {
        Types = types;
    }

    public override SyntaxKind Kind => SyntaxKind.UnionTypeExtension;

    public IReadOnlyList<NamedTypeNode> Types { get; }
}
