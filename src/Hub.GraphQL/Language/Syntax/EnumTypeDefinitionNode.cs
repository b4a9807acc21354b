namespace Hub.GraphQL.Language.Syntax;

/// <summary>An <c>enum</c> type definition.</summary>
public sealed class EnumTypeDefinitionNode : TypeDefinitionNode
{
    public EnumTypeDefinitionNode(
        StringValueNode? description,
        NameNode name,
        IReadOnlyList<DirectiveNode> directives,
        IReadOnlyList<EnumValueDefinitionNode> values,
        Location? location = null)
        : base(description, name, directives, location)
    {
        Values = values;
    }

    public override SyntaxKind Kind => SyntaxKind.EnumTypeDefinition;

    public IReadOnlyList<EnumValueDefinitionNode> Values { get; }
}
