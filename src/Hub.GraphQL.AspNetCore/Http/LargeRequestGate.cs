using Microsoft.AspNetCore.Http;

namespace Hub.GraphQL.AspNetCore.Http;

/// <summary>
/// Lets only a few large POST requests be read, parsed and executed at once; the others wait their turn. A body of
/// tens of megabytes costs several times its size while it is handled, so twenty at once would take gigabytes.
/// A body of unknown length (chunked) counts as large.
/// </summary>
internal sealed class LargeRequestGate(GraphQLServerOptions options)
{
    private readonly SemaphoreSlim _slots = new(options.MaxConcurrentLargeRequests, options.MaxConcurrentLargeRequests);

    /// <summary>Runs <paramref name="handle"/> for the request, after waiting for a slot when its body is large.</summary>
    public async Task RunAsync(HttpContext context, Func<HttpContext, Task> handle)
    {
        if (context.Request.ContentLength is { } length && length < options.LargeRequestSize)
        {
            await handle(context);
            return;
        }

        await _slots.WaitAsync(context.RequestAborted);
        try
        {
            await handle(context);
        }
        finally
        {
            _slots.Release();
        }
    }
}
