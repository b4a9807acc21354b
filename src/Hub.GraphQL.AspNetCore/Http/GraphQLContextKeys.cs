namespace Hub.GraphQL.AspNetCore.Http;

/// <summary>Keys the transport puts into a request's <c>ContextData</c> for resolvers.</summary>
public static class GraphQLContextKeys
{
    /// <summary>The <see cref="Microsoft.AspNetCore.Http.HttpContext"/> of the request (user, headers).</summary>
    public const string HttpContext = "HttpContext";
}
