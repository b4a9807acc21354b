namespace Hub.GraphQL.Language.Syntax;

/// <summary>A variable declared by an operation, with its type and optional default value.</summary>
public sealed class VariableDefinitionNode : SyntaxNode, IHasDirectives
{
    public VariableDefinitionNode(
        VariableNode variable,
        TypeNode type,
        ValueNode? defaultValue,
        IReadOnlyList<DirectiveNode> directives,
        StringValueNode? description = null,
        Location? location = null)
        : base(location)
    {
        Variable = variable;
        Type = type;
        DefaultValue = defaultValue;
        Directives = directives;
        Description = description;
    }

    public override SyntaxKind Kind => SyntaxKind.VariableDefinition;

    public VariableNode Variable { get; }

    public TypeNode Type { get; }

    public ValueNode? DefaultValue { get; }

    public IReadOnlyList<DirectiveNode> Directives { get; }

    public StringValueNode? Description { get; }
}
