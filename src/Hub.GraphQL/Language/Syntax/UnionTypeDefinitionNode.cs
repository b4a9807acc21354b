namespace Hub.GraphQL.Language.Syntax;

/// <summary>A <c>union</c> type definition.</summary>
public sealed class UnionTypeDefinitionNode : TypeDefinitionNode
{
    public UnionTypeDefinitionNode(
        StringValueNode? description,
        NameNode name,
        IReadOnlyList<DirectiveNode> directives,
        IReadOnlyList<NamedTypeNode> types,
        Location? location = null)
        : base(description, name, directives, location)
    {
        Types = types;
    }

    public override SyntaxKind Kind => SyntaxKind.UnionTypeDefinition;

    public IReadOnlyList<NamedTypeNode> Types { get; }
}
