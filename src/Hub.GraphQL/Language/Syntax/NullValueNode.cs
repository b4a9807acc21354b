namespace Hub.GraphQL.Language.Syntax;

/// <summary>The <c>null</c> literal.</summary>
public sealed class NullValueNode : ValueNode
{
    public NullValueNode(Location? location = null)
        : base(location)
    {
    }

    public override SyntaxKind Kind => SyntaxKind.NullValue;
}
