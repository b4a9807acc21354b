using System.Buffers;
using Hub.GraphQL.Errors;
using Hub.GraphQL.Execution;
using Hub.GraphQL.Serialization;
using Microsoft.AspNetCore.Http;

namespace Hub.GraphQL.AspNetCore.Http;

/// <summary>
/// Writes results with the engine's <see cref="ResultJsonWriter"/> straight into <see cref="HttpResponse.BodyWriter"/>;
/// the bytes stay unflushed until complete, so <c>Content-Length</c> is set and no chunking is needed.
/// </summary>
internal static class HttpResultWriter
{
    /// <summary>The status code of a result: with <c>application/graphql-response+json</c>, a result without
    /// <c>data</c> (a request, parse, validation or variable error) is 400; everything else is 200.</summary>
    public static int StatusCodeOf(ExecutionResult result, ResponseMediaType mediaType) =>
        mediaType == ResponseMediaType.GraphQLResponseJson && !result.HasData
            ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;

    public static Task WriteAsync(HttpContext context, ExecutionResult result, ResponseMediaType mediaType, int statusCode)
    {
        var response = context.Response;
        response.StatusCode = statusCode;
        response.ContentType = AcceptedMediaTypes.ContentType(mediaType);
        var body = response.BodyWriter;
        ResultJsonWriter.Write(result, body);
        return CompleteAsync(response);
    }

    /// <summary>Writes several results as one JSON array (a request batch).</summary>
    public static Task WriteBatchAsync(HttpContext context, IReadOnlyList<ExecutionResult> results, ResponseMediaType mediaType)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = AcceptedMediaTypes.ContentType(mediaType);
        var body = response.BodyWriter;
        body.Write("["u8);
        for (var i = 0; i < results.Count; i++)
        {
            if (i > 0)
            {
                body.Write(","u8);
            }

            ResultJsonWriter.Write(results[i], body);
        }

        body.Write("]"u8);
        return CompleteAsync(response);
    }

    /// <summary>Writes a transport error (no <c>data</c>) with its code.</summary>
    public static Task WriteErrorAsync(HttpContext context, int statusCode, string message, string code, ResponseMediaType? mediaType = null)
    {
        var error = new GraphQLError(message).WithCode(code);
        return WriteAsync(context, ExecutionResult.FromError(error), mediaType ?? ResponseMediaType.GraphQLResponseJson, statusCode);
    }

    private static async Task CompleteAsync(HttpResponse response)
    {
        var aborted = response.HttpContext.RequestAborted;
        var body = response.BodyWriter;
        if (aborted.IsCancellationRequested)
        {
            // The client went away while the answer was written, and Kestrel dropped what it had been given.
            return;
        }

        if (body.CanGetUnflushedBytes)
        {
            if (body.UnflushedBytes == 0)
            {
                // A JSON answer is never empty: Kestrel dropped it because the client went away while it was written.
                // Setting Content-Length to 0 would make Kestrel log the dropped bytes as a Content-Length mismatch.
                return;
            }

            response.ContentLength = body.UnflushedBytes;
        }

        try
        {
            await body.FlushAsync(aborted);
        }
        catch (InvalidOperationException)
        {
            // A reset that arrives while the answer is written makes Kestrel drop part of it, so the bytes it counts no
            // longer match the length announced. The client is gone; there is no one left to tell. Kestrel may signal
            // the abort a moment after the write fails (CI saw "7708 of 3748" with the token not yet cancelled), so the
            // failure is rethrown only when the connection is still alive after a short grace.
            if (!await AbortedWithinAsync(aborted, TimeSpan.FromSeconds(1)))
            {
                throw;
            }
        }
    }

    private static async Task<bool> AbortedWithinAsync(CancellationToken aborted, TimeSpan grace)
    {
        try
        {
            await Task.Delay(grace, aborted);
        }
        catch (OperationCanceledException)
        {
        }

        return aborted.IsCancellationRequested;
    }
}
