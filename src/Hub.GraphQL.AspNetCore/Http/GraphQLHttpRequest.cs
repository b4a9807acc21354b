namespace Hub.GraphQL.AspNetCore.Http;

/// <summary>The GraphQL-over-HTTP parameters of one request, as read from a JSON body or a query string.</summary>
internal sealed record GraphQLHttpRequest(
    string? Query,
    string? DocumentId,
    string? OperationName,
    IReadOnlyDictionary<string, object?>? Variables,
    IReadOnlyDictionary<string, object?>? Extensions);
