namespace Hub.GraphQL.Language.Syntax;

/// <summary>An <c>input</c> type definition.</summary>
public sealed class InputObjectTypeDefinitionNode : TypeDefinitionNode
{
    public InputObjectTypeDefinitionNode(
        StringValueNode? description,
        NameNode name,
        IReadOnlyList<DirectiveNode> directives,
        IReadOnlyList<InputValueDefinitionNode> fields,
        Location? location = null)
        : base(description, name, directives, location)
    {
        Fields = fields;
    }

    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeDefinition;

    public IReadOnlyList<InputValueDefinitionNode> Fields { get; }
}
