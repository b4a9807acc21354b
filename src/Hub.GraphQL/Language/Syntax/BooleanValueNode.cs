namespace Hub.GraphQL.Language.Syntax;

/// <summary>A <c>true</c> or <c>false</c> literal.</summary>
public sealed class BooleanValueNode : ValueNode
{
    public BooleanValueNode(bool value, Location? location = null)
        : base(location)
    {
        Value = value;
    }

    public override SyntaxKind Kind => SyntaxKind.BooleanValue;

    public bool Value { get; }
}
