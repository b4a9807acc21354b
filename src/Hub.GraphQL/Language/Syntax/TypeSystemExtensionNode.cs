namespace Hub.GraphQL.Language.Syntax;

/// <summary>A schema or type extension.</summary>
public abstract class TypeSystemExtensionNode : DefinitionNode
{
    protected TypeSystemExtensionNode(Location? location)
        : base(location)
    {
    }
}
