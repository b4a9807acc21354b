namespace Hub.GraphQL.Language.Syntax;

/// <summary>An <c>extend interface</c> definition.</summary>
public sealed class InterfaceTypeExtensionNode : TypeExtensionNode
{
    public InterfaceTypeExtensionNode(
        NameNode name,
        IReadOnlyList<NamedTypeNode> interfaces,
        IReadOnlyList<DirectiveNode> directives,
        IReadOnlyList<FieldDefinitionNode> fields,
        Location? location = null)
        : base(name, directives, location)
    {
        Interfaces = interfaces;
        Fields = fields;
    }

    public override SyntaxKind Kind => SyntaxKind.InterfaceTypeExtension;

    public IReadOnlyList<NamedTypeNode> Interfaces { get; }

    public IReadOnlyList<FieldDefinitionNode> Fields { get; }
}
