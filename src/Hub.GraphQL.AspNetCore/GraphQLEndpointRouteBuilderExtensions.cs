using Hub.GraphQL.AspNetCore.Http;
using Hub.GraphQL.AspNetCore.Ide;
using Hub.GraphQL.AspNetCore.WebSockets;
using Hub.GraphQL.Execution;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hub.GraphQL.AspNetCore;

/// <summary>Maps a GraphQL endpoint for the <see cref="IRequestExecutor"/> registered in the services.</summary>
public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <paramref name="path"/> to GraphQL over HTTP (GET/POST, <c>?sdl</c>, server-sent events), WebSocket
    /// subscriptions (<c>graphql-transport-ws</c>; needs <c>app.UseWebSockets()</c>) and the Banana Cake Pop IDE
    /// for browsers. Exception details reach clients only in Development unless the options say otherwise.
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQL(
        this IEndpointRouteBuilder endpoints, string path = "/graphql", Action<GraphQLServerOptions>? configure = null)
    {
        var services = endpoints.ServiceProvider;
        var options = new GraphQLServerOptions();
        configure?.Invoke(options);
        var executor = services.GetRequiredService<IRequestExecutor>();
        var includeExceptionDetails = options.IncludeExceptionDetails ?? services.GetService<IHostEnvironment>()?.IsDevelopment() == true;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Hub.GraphQL.AspNetCore");

        var ide = options.Tool.Enable ? endpoints.MapBananaCakePopFiles(path, options.Tool) : null;
        var sockets = new GraphQLWebSocketHandler(executor, options, includeExceptionDetails, logger);
        var endpoint = new GraphQLHttpEndpoint(executor, options, ide, sockets, includeExceptionDetails, logger);
        return endpoints.Map(path, endpoint.InvokeAsync).WithDisplayName($"GraphQL {path}");
    }
}
