namespace Hub.GraphQL.Language.Syntax;

/// <summary>A directive applied to a node, such as <c>@include(if: $x)</c>.</summary>
public sealed class DirectiveNode : SyntaxNode
{
    public DirectiveNode(NameNode name, IReadOnlyList<ArgumentNode> arguments, Location? location = null)
        : base(location)
    {
        Name = name;
        Arguments = arguments;
    }

    public override SyntaxKind Kind => SyntaxKind.Directive;

    public NameNode Name { get; }

    public IReadOnlyList<ArgumentNode> Arguments { get; }
}
