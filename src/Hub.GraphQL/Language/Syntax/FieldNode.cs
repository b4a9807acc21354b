namespace Hub.GraphQL.Language.Syntax;

/// <summary>A field selection, optionally aliased, with arguments and a sub-selection.</summary>
public sealed class FieldNode : SelectionNode
{
    public FieldNode(
        NameNode? alias,
        NameNode name,
        IReadOnlyList<ArgumentNode> arguments,
        IReadOnlyList<DirectiveNode> directives,
        SelectionSetNode? selectionSet,
        Location? location = null)
        : base(directives, location)
    {
        Alias = alias;
        Name = name;
        Arguments = arguments;
        SelectionSet = selectionSet;
    }

    public override SyntaxKind Kind => SyntaxKind.Field;

    public NameNode? Alias { get; }

    public NameNode Name { get; }

    public IReadOnlyList<ArgumentNode> Arguments { get; }

    public SelectionSetNode? SelectionSet { get; }
}
