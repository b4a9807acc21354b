namespace Hub.GraphQL.Language.Syntax;

/// <summary>An <c>extend input</c> definition.</summary>
public sealed class InputObjectTypeExtensionNode : TypeExtensionNode
{
    public InputObjectTypeExtensionNode(
        NameNode name,
        IReadOnlyList<DirectiveNode> directives,
        IReadOnlyList<InputValueDefinitionNode> fields,
        Location? location = null)
        : base(name, directives, location)
    {
        Fields = fields;
    }

    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeExtension;

    public IReadOnlyList<InputValueDefinitionNode> Fields { get; }
}
