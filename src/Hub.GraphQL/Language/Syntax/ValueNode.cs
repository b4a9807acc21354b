namespace Hub.GraphQL.Language.Syntax;

/// <summary>An input value literal or variable reference.</summary>
public abstract class ValueNode : SyntaxNode
{
    protected ValueNode(Location? location)
        : base(location)
    {
    }
}
