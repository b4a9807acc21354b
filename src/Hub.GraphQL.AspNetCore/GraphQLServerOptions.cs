using Hub.GraphQL.AspNetCore.Ide;
using Hub.GraphQL.AspNetCore.Persisted;
using Hub.GraphQL.AspNetCore.WebSockets;

namespace Hub.GraphQL.AspNetCore;

/// <summary>How a GraphQL endpoint behaves (HotChocolate's <c>GraphQLServerOptions</c>, same defaults).</summary>
public sealed class GraphQLServerOptions
{
    /// <summary>Accept GraphQL requests over GET (query string parameters).</summary>
    public bool EnableGetRequests { get; set; } = true;

    /// <summary>Allow mutations over GET; off by default (a GET must be safe), answered with 405.</summary>
    public bool AllowMutationsOverGet { get; set; }

    /// <summary>Serve the schema's SDL at <c>GET {path}?sdl</c>.</summary>
    public bool EnableSchemaRequests { get; set; } = true;

    /// <summary>Accept a JSON array of requests in one POST (request batching); off by default.</summary>
    public bool EnableBatching { get; set; }

    /// <summary>The most requests one batch may hold.</summary>
    public int MaxBatchSize { get; set; } = 1024;

    /// <summary>The largest request body accepted, in bytes (HotChocolate: 20 MB); larger bodies get 413.</summary>
    public long MaxRequestSize { get; set; } = 20 * 1000 * 1000;

    /// <summary>A POST body at least this large, in bytes, is a large request (default 1 MB).</summary>
    public long LargeRequestSize { get; set; } = 1000 * 1000;

    /// <summary>How many large requests are read, parsed and executed at once; the others wait their turn, so memory stays bounded.</summary>
    public int MaxConcurrentLargeRequests { get; set; } = 2;

    /// <summary>Include exception messages and stack traces in errors; null means only in Development.</summary>
    public bool? IncludeExceptionDetails { get; set; }

    /// <summary>The Banana Cake Pop IDE served to browsers.</summary>
    public BananaCakePopOptions Tool { get; } = new();

    /// <summary>Persisted operations and automatic persisted queries.</summary>
    public PersistedOperationOptions PersistedOperations { get; } = new();

    /// <summary>Subscriptions over WebSocket (<c>graphql-transport-ws</c>).</summary>
    public GraphQLWebSocketOptions Sockets { get; } = new();
}
