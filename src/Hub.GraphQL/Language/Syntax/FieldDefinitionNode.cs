namespace Hub.GraphQL.Language.Syntax;

/// <summary>A field definition of an object or interface type.</summary>
public sealed class FieldDefinitionNode : SyntaxNode, IHasDirectives
{
    public FieldDefinitionNode(
        StringValueNode? description,
        NameNode name,
        IReadOnlyList<InputValueDefinitionNode> arguments,
        TypeNode type,
        IReadOnlyList<DirectiveNode> directives,
        Location? location = null)
        : base(location)
    {
        Description = description;
        Name = name;
        Arguments = arguments;
        Type = type;
        Directives = directives;
    }

    public override SyntaxKind Kind => SyntaxKind.FieldDefinition;

    public StringValueNode? Description { get; }

    public NameNode Name { get; }

    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; }

    public TypeNode Type { get; }

    public IReadOnlyList<DirectiveNode> Directives { get; }
}
