namespace Hub.GraphQL.Language.Syntax;

/// <summary>An enum literal such as <c>RED</c>.</summary>
public sealed class EnumValueNode : ValueNode
{
    public EnumValueNode(string value, Location? location = null)
        : base(location)
    {
        Value = value;
    }

    public override SyntaxKind Kind => SyntaxKind.EnumValue;

    public string Value { get; }
}
