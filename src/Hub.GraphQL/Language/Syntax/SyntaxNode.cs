namespace Hub.GraphQL.Language.Syntax;

/// <summary>Base of every AST node; mirrors graphql-js's <c>ASTNode</c>.</summary>
public abstract class SyntaxNode
{
    protected SyntaxNode(Location? location)
    {
        Location = location;
    }

    /// <summary>The kind of node (graphql-js <c>kind</c>).</summary>
    public abstract SyntaxKind Kind { get; }

    /// <summary>Where the node is in the source; null when parsed with <c>NoLocation</c> or built by hand.</summary>
    public Location? Location { get; }
}
