namespace Hub.GraphQL.Language.Syntax;

/// <summary>An <c>extend schema</c> definition.</summary>
public sealed class SchemaExtensionNode : TypeSystemExtensionNode, IHasDirectives
{
    public SchemaExtensionNode(
        IReadOnlyList<DirectiveNode> directives,
        IReadOnlyList<OperationTypeDefinitionNode> operationTypes,
        Location? location = null)
        : base(location)
    {
        Directives = directives;
        OperationTypes = operationTypes;
    }

    public override SyntaxKind Kind => SyntaxKind.SchemaExtension;

    public IReadOnlyList<DirectiveNode> Directives { get; }

    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; }
}
