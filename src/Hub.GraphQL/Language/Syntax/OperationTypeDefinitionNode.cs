namespace Hub.GraphQL.Language.Syntax;

/// <summary>One root operation type entry such as <c>query: Query</c>.</summary>
public sealed class OperationTypeDefinitionNode : SyntaxNode
{
    public OperationTypeDefinitionNode(OperationType operation, NamedTypeNode type, Location? location = null)
        : base(location)
    {
        Operation = operation;
        Type = type;
    }

    public override SyntaxKind Kind => SyntaxKind.OperationTypeDefinition;

    public OperationType Operation { get; }

    public NamedTypeNode Type { get; }
}
