using Hub.GraphQL.Types.Resolvers;
using Path = Hub.GraphQL.Types.Resolvers.Path;

namespace Hub.GraphQL.Execution.Processing;

/// <summary>Builds graphql-js response paths from a position in the result tree, only when one is needed.</summary>
internal static class ResponsePath
{
    public static Path Of(ResultNode container, int slot)
    {
        var parent = container.Parent is null ? null : Of(container.Parent, container.ParentIndex);
        return container.KeyAt(slot) is string key ? Path.Append(parent, key) : Path.Append(parent, (int)container.KeyAt(slot));
    }
}
