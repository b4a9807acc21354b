using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;
using Hub.GraphQL.Errors;
using Microsoft.AspNetCore.Http;

namespace Hub.GraphQL.AspNetCore.Http;

/// <summary>Reads GraphQL-over-HTTP parameters from a POST body (one request or a batch) or a GET query string.</summary>
internal static class GraphQLHttpRequestParser
{
    /// <summary>
    /// Reads the whole body through <see cref="PipeReader"/> (bounded by the size limit, with a slot of
    /// <paramref name="largeRequests"/> once it is large) and parses it.
    /// </summary>
    public static async ValueTask<ParsedBody> ReadBodyAsync(
        HttpRequest request, GraphQLServerOptions options, LargeRequestSlots largeRequests, CancellationToken cancellationToken)
    {
        if (request.ContentLength > options.MaxRequestSize)
        {
            throw TooLarge(options);
        }

        var large = request.ContentLength >= largeRequests.LargeRequestSize;
        if (large)
        {
            await largeRequests.TakeAsync(request.HttpContext, cancellationToken);
        }

        var reader = request.BodyReader;
        while (true)
        {
            var read = await reader.ReadAsync(cancellationToken);
            if (read.Buffer.Length > options.MaxRequestSize)
            {
                reader.AdvanceTo(read.Buffer.End);
                throw TooLarge(options);
            }

            if (!large && read.Buffer.Length >= largeRequests.LargeRequestSize)
            {
                large = true;
                reader.AdvanceTo(read.Buffer.Start, read.Buffer.End);
                await largeRequests.TakeAsync(request.HttpContext, cancellationToken);
                continue;
            }

            if (read.IsCompleted)
            {
                try
                {
                    return Parse(read.Buffer, options);
                }
                finally
                {
                    reader.AdvanceTo(read.Buffer.End);
                }
            }

            reader.AdvanceTo(read.Buffer.Start, read.Buffer.End);
        }
    }

    /// <summary>Reads the parameters of a GET request; null when the query string names no GraphQL request.</summary>
    public static GraphQLHttpRequest? ReadQueryString(IQueryCollection query)
    {
        if (!query.ContainsKey("query") && !query.ContainsKey("id") && !query.ContainsKey("extensions"))
        {
            return null;
        }

        return new GraphQLHttpRequest(
            Query: NonEmpty(query["query"]),
            DocumentId: NonEmpty(query["id"]),
            OperationName: NonEmpty(query["operationName"]),
            Variables: ParseMapParameter(query["variables"], "variables"),
            Extensions: ParseMapParameter(query["extensions"], "extensions"));
    }

    private static ParsedBody Parse(ReadOnlySequence<byte> body, GraphQLServerOptions options)
    {
        if (body.IsEmpty)
        {
            throw new GraphQLRequestException("The GraphQL request body is empty.", ErrorCodes.Server.RequestInvalid);
        }

        try
        {
            var reader = new Utf8JsonReader(body);
            reader.Read();
            ParsedBody parsed;
            if (reader.TokenType == JsonTokenType.StartObject)
            {
                parsed = new ParsedBody([ReadRequest(ref reader)], IsBatch: false);
            }
            else if (reader.TokenType == JsonTokenType.StartArray)
            {
                parsed = new ParsedBody(ReadBatch(ref reader, options), IsBatch: true);
            }
            else
            {
                throw Invalid("The GraphQL request body must be a JSON object (or an array of them for a batch).");
            }

            if (reader.Read())
            {
                throw Invalid("The GraphQL request body has data after its JSON value.");
            }

            return parsed;
        }
        catch (JsonException exception)
        {
            throw Invalid($"The GraphQL request body is not valid JSON: {exception.Message}");
        }
    }

    private static List<GraphQLHttpRequest> ReadBatch(ref Utf8JsonReader reader, GraphQLServerOptions options)
    {
        if (!options.EnableBatching)
        {
            throw Invalid("Request batching is not enabled on this server; send one request object per POST.");
        }

        var requests = new List<GraphQLHttpRequest>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw Invalid($"Batch entry {requests.Count} is not a JSON object.");
            }

            if (requests.Count == options.MaxBatchSize)
            {
                throw Invalid($"The batch holds more than {options.MaxBatchSize} requests.");
            }

            requests.Add(ReadRequest(ref reader));
        }

        return requests;
    }

    private static GraphQLHttpRequest ReadRequest(ref Utf8JsonReader reader)
    {
        string? query = null, id = null, operationName = null;
        IReadOnlyDictionary<string, object?>? variables = null, extensions = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = JsonValueReader.GetString(ref reader);
            reader.Read();
            switch (name)
            {
                case "query":
                    query = ReadString(ref reader, "query");
                    break;
                case "id":
                    id = ReadString(ref reader, "id");
                    break;
                case "operationName":
                    operationName = ReadString(ref reader, "operationName");
                    break;
                case "variables":
                    variables = ReadMap(ref reader, "variables");
                    break;
                case "extensions":
                    extensions = ReadMap(ref reader, "extensions");
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        return new GraphQLHttpRequest(query, id, operationName, variables, extensions);
    }

    private static string? ReadString(ref Utf8JsonReader reader, string parameter) => reader.TokenType switch
    {
        JsonTokenType.String => JsonValueReader.GetString(ref reader),
        JsonTokenType.Null => null,
        _ => throw Invalid($"The \"{parameter}\" parameter must be a string or null."),
    };

    private static IReadOnlyDictionary<string, object?>? ReadMap(ref Utf8JsonReader reader, string parameter) => reader.TokenType switch
    {
        JsonTokenType.StartObject => (Dictionary<string, object?>)JsonValueReader.ReadValue(ref reader)!,
        JsonTokenType.Null => null,
        _ => throw Invalid($"The \"{parameter}\" parameter must be a JSON object (map) or null."),
    };

    private static IReadOnlyDictionary<string, object?>? ParseMapParameter(string? json, string parameter)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            return JsonValueReader.Parse(json) switch
            {
                Dictionary<string, object?> map => map,
                null => null,
                _ => throw Invalid($"The \"{parameter}\" query parameter must be a JSON object (map)."),
            };
        }
        catch (JsonException exception)
        {
            throw Invalid($"The \"{parameter}\" query parameter is not valid JSON: {exception.Message}");
        }
    }

    private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static GraphQLRequestException Invalid(string message) => new(message, ErrorCodes.Server.RequestInvalid);

    private static GraphQLRequestException TooLarge(GraphQLServerOptions options) => new(
        $"The GraphQL request is larger than the allowed {options.MaxRequestSize} bytes.",
        ErrorCodes.Server.MaxRequestSize,
        StatusCodes.Status413PayloadTooLarge);
}
