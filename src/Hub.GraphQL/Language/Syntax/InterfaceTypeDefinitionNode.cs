namespace Hub.GraphQL.Language.Syntax;

/// <summary>An <c>interface</c> type definition.</summary>
public sealed class InterfaceTypeDefinitionNode : TypeDefinitionNode
{
    public InterfaceTypeDefinitionNode(
        StringValueNode? description,
        NameNode name,
        IReadOnlyList<NamedTypeNode> interfaces,
        IReadOnlyList<DirectiveNode> directives,
        IReadOnlyList<FieldDefinitionNode> fields,
        Location? location = null)
        : base(description, name, directives, location)
    {
        Interfaces = interfaces;
        Fields = fields;
    }

    public override SyntaxKind Kind => SyntaxKind.InterfaceTypeDefinition;

    public IReadOnlyList<NamedTypeNode> Interfaces { get; }

    public IReadOnlyList<FieldDefinitionNode> Fields { get; }
}
