namespace Hub.GraphQL.Language.Syntax;

/// <summary>A variable reference such as <c>$id</c>.</summary>
public sealed class VariableNode : ValueNode
{
    public VariableNode(NameNode name, Location? location = null)
        : base(location)
    {
        Name = name;
    }

    public override SyntaxKind Kind => SyntaxKind.Variable;

    public NameNode Name { get; }
}
