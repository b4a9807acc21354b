using Microsoft.AspNetCore.Http;

namespace Hub.GraphQL.AspNetCore.Http;

/// <summary>
/// Bounds how many large POST bodies are held at once: a body of tens of megabytes costs several times its size
/// while it is parsed and executed. A request takes a slot once its body is large (at once when its Content-Length
/// says so, otherwise when that much has arrived, so a small chunked body never waits) and keeps it until its
/// response is done; the others wait, and meanwhile Kestrel stops reading their bodies.
/// </summary>
internal sealed class LargeRequestSlots(GraphQLServerOptions options)
{
    private readonly SemaphoreSlim _slots = new(options.MaxConcurrentLargeRequests, options.MaxConcurrentLargeRequests);

    /// <summary>The body size, in bytes, from which a request needs a slot.</summary>
    public long LargeRequestSize => options.LargeRequestSize;

    /// <summary>Waits for a slot for <paramref name="context"/>'s request, released when the request ends.</summary>
    public async ValueTask TakeAsync(HttpContext context, CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken);
        context.Response.RegisterForDispose(new Slot(_slots));
    }

    private sealed class Slot(SemaphoreSlim slots) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                slots.Release();
            }
        }
    }
}
