namespace Hub.GraphQL.AspNetCore.Http;

/// <summary>A request the transport rejects before execution, with its HTTP status and HotChocolate error code.</summary>
internal sealed class GraphQLRequestException(string message, string code, int statusCode = 400) : Exception(message)
{
    public string Code { get; } = code;

    public int StatusCode { get; } = statusCode;
}
