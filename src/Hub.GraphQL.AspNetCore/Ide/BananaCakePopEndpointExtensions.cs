using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hub.GraphQL.AspNetCore.Ide;

/// <summary>Maps the Banana Cake Pop IDE's files under a GraphQL endpoint path.</summary>
public static class BananaCakePopEndpointExtensions
{
    /// <summary>
    /// Maps <c>{path}/{file}</c> to the IDE's files and returns the middleware that also serves the page at
    /// <paramref name="path"/> itself. Logs how to install the IDE when its files are missing.
    /// </summary>
    public static BananaCakePopMiddleware MapBananaCakePopFiles(this IEndpointRouteBuilder endpoints, string path, BananaCakePopOptions options)
    {
        var ide = new BananaCakePopMiddleware(options);
        if (!ide.IsInstalled)
        {
            endpoints.ServiceProvider.GetRequiredService<ILoggerFactory>()
                .CreateLogger(typeof(BananaCakePopMiddleware).FullName!)
                .LogWarning("{Notice}", BananaCakePopNotice.NotInstalled);
        }

        endpoints.MapGet($"{path.TrimEnd('/')}/{{**file}}", (HttpContext context, string? file) =>
                string.IsNullOrEmpty(file) ? ide.ServePageAsync(context) : ide.ServeFileAsync(context, file))
            .ExcludeFromDescription();
        return ide;
    }
}
