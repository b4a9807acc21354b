namespace Hub.GraphQL.Language.Syntax;

/// <summary>An inline fragment, with an optional type condition.</summary>
public sealed class InlineFragmentNode : SelectionNode
{
    public InlineFragmentNode(
        NamedTypeNode? typeCondition,
        IReadOnlyList<DirectiveNode> directives,
        SelectionSetNode selectionSet,
        Location? location = null)
        : base(directives, location)
    {
        TypeCondition = typeCondition;
        SelectionSet = selectionSet;
    }

    public override SyntaxKind Kind => SyntaxKind.InlineFragment;

    public NamedTypeNode? TypeCondition { get; }

    public SelectionSetNode SelectionSet { get; }
}
