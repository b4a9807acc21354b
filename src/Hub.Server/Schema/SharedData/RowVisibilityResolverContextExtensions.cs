using Hub.GraphQL.Types.Resolvers;
using Hub.Server.Privacy;

namespace Hub.Server.Schema.SharedData;

/// <summary>Reads the row visibility of a resolver's caller.</summary>
public static class RowVisibilityResolverContextExtensions
{
    /// <summary>The rows the caller of <paramref name="context"/> may see (<see cref="RowVisibilityPolicy"/>).</summary>
    public static RowVisibility RowVisibility(this IResolverContext context) =>
        context.Services.GetRequiredService<RowVisibilityPolicy>().For(context.Caller());
}
