namespace Hub.GraphQL.Language.Syntax;

/// <summary>An <c>extend type</c> definition.</summary>
public sealed class ObjectTypeExtensionNode : TypeExtensionNode
{
    public ObjectTypeExtensionNode(
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

    public override SyntaxKind Kind => SyntaxKind.ObjectTypeExtension;

    public IReadOnlyList<NamedTypeNode> Interfaces { get; }

    public IReadOnlyList<FieldDefinitionNode> Fields { get; }
}
