namespace Hub.GraphQL.Language.Syntax;

/// <summary>A schema, type or directive definition.</summary>
public abstract class TypeSystemDefinitionNode : DefinitionNode
{
    protected TypeSystemDefinitionNode(Location? location)
        : base(location)
    {
    }
}
