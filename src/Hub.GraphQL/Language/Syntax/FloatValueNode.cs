namespace Hub.GraphQL.Language.Syntax;

/// <summary>A float literal, kept as its raw source text.</summary>
public sealed class FloatValueNode : ValueNode
{
    public FloatValueNode(string value, Location? location = null)
        : base(location)
    {
        Value = value;
    }

    public override SyntaxKind Kind => SyntaxKind.FloatValue;

    public string Value { get; }
}
