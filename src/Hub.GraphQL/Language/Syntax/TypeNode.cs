namespace Hub.GraphQL.Language.Syntax;

/// <summary>A type reference: named, list or non-null.</summary>
public abstract class TypeNode : SyntaxNode
{
    protected TypeNode(Location? location)
        : base(location)
    {
    }
}
