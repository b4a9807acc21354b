namespace Hub.GraphQL.Language.Syntax;

/// <summary>An argument passed to a field or directive.</summary>
public sealed class ArgumentNode : SyntaxNode
{
    public ArgumentNode(NameNode name, ValueNode value, Location? location = null)
        : base(location)
    {
        Name = name;
        Value = value;
    }

    public override SyntaxKind Kind => SyntaxKind.Argument;

    public NameNode Name { get; }

    public ValueNode Value { get; }
}
