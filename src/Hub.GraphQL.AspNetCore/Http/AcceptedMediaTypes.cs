using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Hub.GraphQL.AspNetCore.Http;

/// <summary>
/// What a request's <c>Accept</c> header allows: the format for a single result (the client's most preferred of
/// ours; <c>application/json</c> when the header is missing or <c>*/*</c>, as the GraphQL-over-HTTP spec asks) and
/// whether an event stream (subscriptions) is acceptable.
/// </summary>
internal readonly record struct AcceptedMediaTypes(ResponseMediaType? Single, bool AcceptsEventStream)
{
    public static AcceptedMediaTypes From(HttpRequest request)
    {
        var header = request.Headers.Accept;
        if (header.Count == 0 || !MediaTypeHeaderValue.TryParseList(header, out var values) || values.Count == 0)
        {
            return new AcceptedMediaTypes(ResponseMediaType.Json, AcceptsEventStream: true);
        }

        ResponseMediaType? single = null;
        var singleQuality = -1.0;
        var eventStream = false;
        foreach (var value in values)
        {
            var quality = value.Quality ?? 1.0;
            if (quality <= 0)
            {
                continue;
            }

            var type = value.MediaType.Value;
            ResponseMediaType? candidate = type switch
            {
                "application/graphql-response+json" => ResponseMediaType.GraphQLResponseJson,
                "application/json" or "application/*" or "*/*" => ResponseMediaType.Json,
                "text/event-stream" => ResponseMediaType.EventStream,
                _ => null,
            };
            if (candidate is null)
            {
                continue;
            }

            eventStream |= candidate == ResponseMediaType.EventStream || type == "*/*";
            if (quality > singleQuality)
            {
                single = candidate;
                singleQuality = quality;
            }
        }

        return new AcceptedMediaTypes(single, eventStream);
    }

    /// <summary>The <c>Content-Type</c> header value of a format.</summary>
    public static string ContentType(ResponseMediaType type) => type switch
    {
        ResponseMediaType.GraphQLResponseJson => "application/graphql-response+json; charset=utf-8",
        ResponseMediaType.Json => "application/json; charset=utf-8",
        _ => "text/event-stream; charset=utf-8",
    };
}
