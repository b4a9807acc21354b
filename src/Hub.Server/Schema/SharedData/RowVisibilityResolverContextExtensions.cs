using Hub.GraphQL.Authorization;
using Hub.GraphQL.Types.Resolvers;

namespace Hub.Server.Schema.SharedData;

/// <summary>Reads the row visibility of a resolver's caller.</summary>
public static class RowVisibilityResolverContextExtensions
{
    /// <summary>The rows the caller of <paramref name="context"/> may see (<see cref="RowVisibilityPolicy"/>).</summary>
    public static Task<RowVisibility> RowVisibilityAsync(this IResolverContext context) =>
        context.Services.GetRequiredService<RowVisibilityPolicy>().ForAsync(context.GetUser());
}
