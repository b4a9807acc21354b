namespace Hub.GraphQL.Language.Syntax;

/// <summary>A name: an identifier such as a field, type or argument name.</summary>
public sealed class NameNode : SyntaxNode
{
    public NameNode(string value, Location? location = null)
        : base(location)
    {
        Value = value;
    }

    public override SyntaxKind Kind => SyntaxKind.Name;

    public string Value { get; }
}
