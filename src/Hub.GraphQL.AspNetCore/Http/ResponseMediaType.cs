namespace Hub.GraphQL.AspNetCore.Http;

/// <summary>The response formats the endpoint speaks.</summary>
internal enum ResponseMediaType
{
    /// <summary><c>application/graphql-response+json</c>: status codes tell request errors (400) from results (200).</summary>
    GraphQLResponseJson,

    /// <summary><c>application/json</c>: the legacy format; every GraphQL result is 200.</summary>
    Json,

    /// <summary><c>text/event-stream</c>: graphql-sse, one <c>next</c> event per result, then <c>complete</c>.</summary>
    EventStream,
}
