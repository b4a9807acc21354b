namespace Hub.GraphQL.AspNetCore.Http;

/// <summary>The requests of one POST body; <see cref="IsBatch"/> when the body was a JSON array.</summary>
internal sealed record ParsedBody(IReadOnlyList<GraphQLHttpRequest> Requests, bool IsBatch);
