namespace Hub.GraphQL.Language.Syntax;

/// <summary>An operation or fragment definition.</summary>
public abstract class ExecutableDefinitionNode : DefinitionNode, IHasDirectives
{
    protected ExecutableDefinitionNode(
        IReadOnlyList<VariableDefinitionNode> variableDefinitions,
        IReadOnlyList<DirectiveNode> directives,
        SelectionSetNode selectionSet,
        Location? location)
        : base(location)
    {
        VariableDefinitions = variableDefinitions;
        Directives = directives;
        SelectionSet = selectionSet;
    }

    public IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get; }

    public IReadOnlyList<DirectiveNode> Directives { get; }

    public SelectionSetNode SelectionSet { get; }
}
