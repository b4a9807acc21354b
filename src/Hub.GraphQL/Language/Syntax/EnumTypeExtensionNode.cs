namespace Hub.GraphQL.Language.Syntax;

/// <summary>An <c>extend enum</c> definition.</summary>
public sealed class EnumTypeExtensionNode : TypeExtensionNode
{
    public EnumTypeExtensionNode(
        NameNode name,
        IReadOnlyList<DirectiveNode> directives,
        IReadOnlyList<EnumValueDefinitionNode> values,
        Location? location = null)
        : base(name, directives, location)
    {
        Values = values;
    }

    public override SyntaxKind Kind => SyntaxKind.EnumTypeExtension;

    public IReadOnlyList<EnumValueDefinitionNode> Values { get; }
}
