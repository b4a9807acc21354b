using Hub.GraphQL.Execution;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Hub.GraphQL.AspNetCore.WebSockets;

/// <summary>Accepts WebSocket upgrades on the GraphQL endpoint and runs the <c>graphql-transport-ws</c> protocol.</summary>
internal sealed class GraphQLWebSocketHandler(
    IRequestExecutor executor, GraphQLServerOptions options, bool includeExceptionDetails, ILogger logger)
{
    public const string SubProtocol = "graphql-transport-ws";

    private readonly ConnectionSlots _slots = new(options.Sockets);

    public async Task HandleAsync(HttpContext context)
    {
        var client = options.Sockets.ClientKey(context);
        if (!_slots.TryTake(client))
        {
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            await context.Response.WriteAsync("Too many WebSocket connections: close one before opening another.", context.RequestAborted);
            return;
        }

        try
        {
            await RunAsync(context);
        }
        finally
        {
            _slots.Release(client);
        }
    }

    private async Task RunAsync(HttpContext context)
    {
        var supported = context.WebSockets.WebSocketRequestedProtocols.Contains(SubProtocol);
        using var socket = await context.WebSockets.AcceptWebSocketAsync(supported ? SubProtocol : null);
        if (!supported)
        {
            await socket.CloseAsync((System.Net.WebSockets.WebSocketCloseStatus)GraphQLTransportWsCloseCodes.SubprotocolNotAcceptable,
                "Subprotocol not acceptable", context.RequestAborted);
            return;
        }

        var session = new GraphQLTransportWsSession(socket, context, executor, options, includeExceptionDetails, logger);
        await session.RunAsync();
    }
}
