using System.Buffers;
using Hub.GraphQL.AspNetCore.Http;
using Hub.GraphQL.Execution;
using Hub.GraphQL.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Hub.GraphQL.AspNetCore.Sse;

/// <summary>
/// graphql-sse's "distinct connections" mode: one <c>event: next</c> per result, each flushed at once, then
/// <c>event: complete</c>. The stream ends when the client disconnects (its subscription is then disposed).
/// </summary>
internal static class ServerSentEventsWriter
{
    public static async Task WriteAsync(HttpContext context, IAsyncEnumerable<ExecutionResult> results, bool includeExceptionDetails)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = AcceptedMediaTypes.ContentType(ResponseMediaType.EventStream);
        response.Headers.CacheControl = "no-cache";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        await response.BodyWriter.FlushAsync(context.RequestAborted);
        try
        {
            await foreach (var result in results.WithCancellation(context.RequestAborted))
            {
                response.BodyWriter.Write("event: next\ndata: "u8);
                ResultJsonWriter.Write(UnexpectedErrorMasking.Apply(result, includeExceptionDetails), response.BodyWriter);
                response.BodyWriter.Write("\n\n"u8);
                await response.BodyWriter.FlushAsync(context.RequestAborted);
            }

            response.BodyWriter.Write("event: complete\ndata:\n\n"u8);
            await response.BodyWriter.FlushAsync(context.RequestAborted);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away: nothing left to tell it.
        }
    }

    /// <summary>A single result as a one-event stream.</summary>
    public static IAsyncEnumerable<ExecutionResult> Single(ExecutionResult result) => new[] { result }.ToAsyncEnumerable();
}
