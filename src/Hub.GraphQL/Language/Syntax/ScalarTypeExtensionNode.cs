namespace Hub.GraphQL.Language.Syntax;

/// <summary>An <c>extend scalar</c> definition.</summary>
public sealed class ScalarTypeExtensionNode : TypeExtensionNode
{
    public ScalarTypeExtensionNode(NameNode name, IReadOnlyList<DirectiveNode> directives, Location? location = null)
        : base(name, directives, location)
    {
    }

    public override SyntaxKind Kind => SyntaxKind.ScalarTypeExtension;
}
