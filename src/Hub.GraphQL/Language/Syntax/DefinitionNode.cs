namespace Hub.GraphQL.Language.Syntax;

/// <summary>A top-level definition of a document.</summary>
public abstract class DefinitionNode : SyntaxNode
{
    protected DefinitionNode(Location? location)
        : base(location)
    {
    }
}
