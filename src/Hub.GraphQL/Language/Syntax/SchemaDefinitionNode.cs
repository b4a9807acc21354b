namespace Hub.GraphQL.Language.Syntax;

/// <summary>A <c>schema { ... }</c> definition.</summary>
public sealed class SchemaDefinitionNode : TypeSystemDefinitionNode, IHasDirectives
{
    public SchemaDefinitionNode(
        StringValueNode? description,
        IReadOnlyList<DirectiveNode> directives,
        IReadOnlyList<OperationTypeDefinitionNode> operationTypes,
        Location? location = null)
        : base(location)
    {
        Description = description;
        Directives = directives;
        OperationTypes = operationTypes;
    }

    public override SyntaxKind Kind => SyntaxKind.SchemaDefinition;

    public StringValueNode? Description { get; }

    public IReadOnlyList<DirectiveNode> Directives { get; }

    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; }
}
