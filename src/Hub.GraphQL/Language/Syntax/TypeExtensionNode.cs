namespace Hub.GraphQL.Language.Syntax;

/// <summary>An extension of a named type (<c>extend type</c>, <c>extend enum</c>, ...).</summary>
public abstract class TypeExtensionNode : TypeSystemExtensionNode, IHasDirectives
{
    protected TypeExtensionNode(NameNode name, IReadOnlyList<DirectiveNode> directives, Location? location)
        : base(location)
    {
        Name = name;
        Directives = directives;
    }

    public NameNode Name { get; }

    public IReadOnlyList<DirectiveNode> Directives { get; }
}
