using System.Security.Claims;
using Hub.GraphQL.Types.Resolvers;

namespace Hub.GraphQL.Authorization;

/// <summary>The caller of a request, as the transport put it into the request's context data.</summary>
public static class ResolverContextUserExtensions
{
    /// <summary>The context-data key of the request's <see cref="ClaimsPrincipal"/> (HotChocolate uses the same name).</summary>
    public const string UserKey = nameof(ClaimsPrincipal);

    /// <summary>The caller; an unauthenticated principal when the transport gave none.</summary>
    public static ClaimsPrincipal GetUser(this IResolverContext context) =>
        context.ContextData.TryGetValue(UserKey, out var user) && user is ClaimsPrincipal principal ? principal : new ClaimsPrincipal();
}
