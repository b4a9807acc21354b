namespace Hub.GraphQL.Language.Syntax;

/// <summary>A <c>scalar</c> type definition.</summary>
public sealed class ScalarTypeDefinitionNode : TypeDefinitionNode
{
    public ScalarTypeDefinitionNode(
        StringValueNode? description,
        NameNode name,
        IReadOnlyList<DirectiveNode> directives,
        Location? location = null)
        : base(description, name, directives, location)
    {
    }

    public override SyntaxKind Kind => SyntaxKind.ScalarTypeDefinition;
}
