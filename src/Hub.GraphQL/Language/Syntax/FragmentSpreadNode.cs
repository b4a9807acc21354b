namespace Hub.GraphQL.Language.Syntax;

/// <summary>A named fragment spread such as <c>...UserFields</c>.</summary>
public sealed class FragmentSpreadNode : SelectionNode
{
    public FragmentSpreadNode(NameNode name, IReadOnlyList<DirectiveNode> directives, Location? location = null)
        : base(directives, location)
    {
        Name = name;
    }

    public override SyntaxKind Kind => SyntaxKind.FragmentSpread;

    public NameNode Name { get; }
}
