namespace Hub.GraphQL.Language.Syntax;

/// <summary>One field of an input object literal.</summary>
public sealed class ObjectFieldNode : SyntaxNode
{
    public ObjectFieldNode(NameNode name, ValueNode value, Location? location = null)
        : base(location)
    {
        Name = name;
        Value = value;
    }

    public override SyntaxKind Kind => SyntaxKind.ObjectField;

    public NameNode Name { get; }

    public ValueNode Value { get; }
}
