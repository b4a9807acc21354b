namespace Hub.GraphQL.Language.Syntax;

/// <summary>An argument or input field definition.</summary>
public sealed class InputValueDefinitionNode : SyntaxNode, IHasDirectives
{
    public InputValueDefinitionNode(
        StringValueNode? description,
        NameNode name,
        TypeNode type,
        ValueNode? defaultValue,
        IReadOnlyList<DirectiveNode> directives,
        Location? location = null)
        : base(location)
    {
        Description = description;
        Name = name;
        Type = type;
        DefaultValue = defaultValue;
        Directives = directives;
    }

    public override SyntaxKind Kind => SyntaxKind.InputValueDefinition;

    public StringValueNode? Description { get; }

    public NameNode Name { get; }

    public TypeNode Type { get; }

    public ValueNode? DefaultValue { get; }

    public IReadOnlyList<DirectiveNode> Directives { get; }
}
