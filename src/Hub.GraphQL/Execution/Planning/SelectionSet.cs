using Hub.GraphQL.Types;

namespace Hub.GraphQL.Execution.Planning;

/// <summary>The fields collected for one concrete object type, merged by response key in graphql-js order.</summary>
public sealed class SelectionSet(ObjectType type, Selection[] selections)
{
    public ObjectType Type { get; } = type;

    public Selection[] Selections { get; } = selections;
}
