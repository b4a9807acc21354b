namespace Hub.GraphQL.Language.Syntax;

/// <summary>A field, fragment spread or inline fragment inside a selection set.</summary>
public abstract class SelectionNode : SyntaxNode, IHasDirectives
{
    protected SelectionNode(IReadOnlyList<DirectiveNode> directives, Location? location)
        : base(location)
    {
        Directives = directives;
    }

    public IReadOnlyList<DirectiveNode> Directives { get; }
}
