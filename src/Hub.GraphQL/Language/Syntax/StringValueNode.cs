namespace Hub.GraphQL.Language.Syntax;

/// <summary>A string literal; <see cref="Value"/> is the decoded value and <see cref="Block"/> tells whether it was a block string.</summary>
public sealed class StringValueNode : ValueNode
{
    public StringValueNode(string value, bool block, Location? location = null)
        : base(location)
    {
        Value = value;
        Block = block;
    }

    public override SyntaxKind Kind => SyntaxKind.StringValue;

    public string Value { get; }

    public bool Block { get; }
}
