namespace Hub.GraphQL.Language.Syntax;

/// <summary>A named type definition (scalar, object, interface, union, enum, input object).</summary>
public abstract class TypeDefinitionNode : TypeSystemDefinitionNode, IHasDirectives
{
    protected TypeDefinitionNode(
        StringValueNode? description,
        NameNode name,
        IReadOnlyList<DirectiveNode> directives,
        Location? location)
        : base(location)
    {
        Description = description;
        Name = name;
        Directives = directives;
    }

    public StringValueNode? Description { get; }

    public NameNode Name { get; }

    public IReadOnlyList<DirectiveNode> Directives { get; }
}
