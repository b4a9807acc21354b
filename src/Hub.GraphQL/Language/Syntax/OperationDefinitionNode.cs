namespace Hub.GraphQL.Language.Syntax;

/// <summary>A query, mutation or subscription operation (with graphql-js 16.15's optional description).</summary>
public sealed class OperationDefinitionNode : ExecutableDefinitionNode
{
    public OperationDefinitionNode(
        OperationType operation,
        NameNode? name,
        IReadOnlyList<VariableDefinitionNode> variableDefinitions,
        IReadOnlyList<DirectiveNode> directives,
        SelectionSetNode selectionSet,
        StringValueNode? description = null,
        Location? location = null)
        : base(variableDefinitions, directives, selectionSet, location)
    {
        Operation = operation;
        Name = name;
        Description = description;
    }

    public override SyntaxKind Kind => SyntaxKind.OperationDefinition;

    public OperationType Operation { get; }

    public NameNode? Name { get; }

    public StringValueNode? Description { get; }
}
