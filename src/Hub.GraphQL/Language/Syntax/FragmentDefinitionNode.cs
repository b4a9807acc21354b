namespace Hub.GraphQL.Language.Syntax;

/// <summary>A named fragment definition. <c>VariableDefinitions</c> is graphql-js's legacy experimental fragment-variables form and is normally empty.</summary>
public sealed class FragmentDefinitionNode : ExecutableDefinitionNode
{
    public FragmentDefinitionNode(
        NameNode name,
        IReadOnlyList<VariableDefinitionNode> variableDefinitions,
        NamedTypeNode typeCondition,
        IReadOnlyList<DirectiveNode> directives,
        SelectionSetNode selectionSet,
        StringValueNode? description = null,
        Location? location = null)
        : base(variableDefinitions, directives, selectionSet, location)
    {
        Name = name;
        TypeCondition = typeCondition;
        Description = description;
    }

    public override SyntaxKind Kind => SyntaxKind.FragmentDefinition;

    public NameNode Name { get; }

    public NamedTypeNode TypeCondition { get; }

    public StringValueNode? Description { get; }
}
