namespace Hub.GraphQL.Language.Syntax;

/// <summary>A parsed GraphQL document: executable definitions and/or type-system definitions.</summary>
public sealed class DocumentNode : SyntaxNode
{
    public DocumentNode(IReadOnlyList<DefinitionNode> definitions, Location? location = null)
        : base(location)
    {
        Definitions = definitions;
    }

    public override SyntaxKind Kind => SyntaxKind.Document;

    public IReadOnlyList<DefinitionNode> Definitions { get; }
}
