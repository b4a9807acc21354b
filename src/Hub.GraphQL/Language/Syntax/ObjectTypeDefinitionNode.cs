namespace Hub.GraphQL.Language.Syntax;

/// <summary>A <c>type</c> (object type) definition.</summary>
public sealed class ObjectTypeDefinitionNode : TypeDefinitionNode
{
    public ObjectTypeDefinitionNode(
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

    public override SyntaxKind Kind => SyntaxKind.ObjectTypeDefinition;

    public IReadOnlyList<NamedTypeNode> Interfaces { get; }

    public IReadOnlyList<FieldDefinitionNode> Fields { get; }
}
