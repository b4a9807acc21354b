namespace Hub.GraphQL.Language.Syntax;

/// <summary>A query, mutation or subscription operation.</summary>
public sealed class OperationDefinitionNode : ExecutableDefinitionNode
{
    public OperationDefinitionNode(
        OperationType operation,
        NameNode? name,
        IReadOnlyList<VariableDefinitionNode> variableDefinitions,
        IReadOnlyList<DirectiveNode> directives,
        SelectionSetNode selectionSet,
        Location? location = null)
        : base(variableDefinitions, directives, selectionSet, location)
    {
        Operation = operation;
        Name = name;
    }

    public override SyntaxKind Kind => SyntaxKind.OperationDefinition;

    public OperationType Operation { get; }

    public NameNode? Name { get; }
}
