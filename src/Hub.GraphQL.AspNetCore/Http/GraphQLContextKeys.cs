using Hub.GraphQL.Authorization;
using Microsoft.AspNetCore.Http;

namespace Hub.GraphQL.AspNetCore.Http;

/// <summary>Keys the transport puts into a request's <c>ContextData</c> for resolvers.</summary>
public static class GraphQLContextKeys
{
    /// <summary>The <see cref="Microsoft.AspNetCore.Http.HttpContext"/> of the request (user, headers).</summary>
    public const string HttpContext = "HttpContext";

    /// <summary>A request's context data: its HTTP context and its authenticated user (see <see cref="ResolverContextUserExtensions"/>).</summary>
    public static Dictionary<string, object?> For(HttpContext context) => new()
    {
        [HttpContext] = context,
        [ResolverContextUserExtensions.UserKey] = context.User,
    };
}
