namespace Hub.GraphQL.Language.Syntax;

/// <summary>A list literal.</summary>
public sealed class ListValueNode : ValueNode
{
    public ListValueNode(IReadOnlyList<ValueNode> values, Location? location = null)
        : base(location)
    {
        Values = values;
    }

    public override SyntaxKind Kind => SyntaxKind.ListValue;

    public IReadOnlyList<ValueNode> Values { get; }
}
