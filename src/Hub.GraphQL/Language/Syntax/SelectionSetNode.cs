namespace Hub.GraphQL.Language.Syntax;

/// <summary>A braced list of selections.</summary>
public sealed class SelectionSetNode : SyntaxNode
{
    public SelectionSetNode(IReadOnlyList<SelectionNode> selections, Location? location = null)
        : base(location)
    {
        Selections = selections;
    }

    public override SyntaxKind Kind => SyntaxKind.SelectionSet;

    public IReadOnlyList<SelectionNode> Selections { get; }
}
