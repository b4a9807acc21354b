namespace Hub.GraphQL.Language.Syntax;

/// <summary>An integer literal, kept as its raw source text.</summary>
public sealed class IntValueNode : ValueNode
{
    public IntValueNode(string value, Location? location = null)
        : base(location)
    {
        Value = value;
    }

    public override SyntaxKind Kind => SyntaxKind.IntValue;

    public string Value { get; }
}
