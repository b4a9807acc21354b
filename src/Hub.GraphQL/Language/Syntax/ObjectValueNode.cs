namespace Hub.GraphQL.Language.Syntax;

/// <summary>An input object literal.</summary>
public sealed class ObjectValueNode : ValueNode
{
    public ObjectValueNode(IReadOnlyList<ObjectFieldNode> fields, Location? location = null)
        : base(location)
    {
        Fields = fields;
    }

    public override SyntaxKind Kind => SyntaxKind.ObjectValue;

    public IReadOnlyList<ObjectFieldNode> Fields { get; }
}
