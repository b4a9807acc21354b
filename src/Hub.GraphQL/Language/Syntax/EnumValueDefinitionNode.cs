namespace Hub.GraphQL.Language.Syntax;

/// <summary>One value of an enum type definition.</summary>
public sealed class EnumValueDefinitionNode : SyntaxNode, IHasDirectives
{
    public EnumValueDefinitionNode(
        StringValueNode? description,
        NameNode name,
        IReadOnlyList<DirectiveNode> directives,
        Location? location = null)
        : base(location)
    {
        Description = description;
        Name = name;
        Directives = directives;
    }

    public override SyntaxKind Kind => SyntaxKind.EnumValueDefinition;

    public StringValueNode? Description { get; }

    public NameNode Name { get; }

    public IReadOnlyList<DirectiveNode> Directives { get; }
}
