using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace Hub.GraphQL.AspNetCore.Ide;

/// <summary>
/// Serves the offline Banana Cake Pop IDE under the GraphQL path, as ChilliCream's own middleware does:
/// <c>/graphql</c> → 301 to <c>/graphql/</c> (so the page's relative paths resolve), <c>/graphql/</c> → index.html,
/// <c>/graphql/bcp-config.json</c> → the IDE's settings (telemetry off), other files → static files.
/// </summary>
public sealed class BananaCakePopMiddleware
{
    private static readonly FileExtensionContentTypeProvider s_contentTypes = new();
    private readonly BananaCakePopOptions _options;
    private readonly IFileProvider? _files;

    /// <summary>Creates the middleware for the files in <see cref="BananaCakePopOptions.FilesFolder"/>.</summary>
    public BananaCakePopMiddleware(BananaCakePopOptions options)
    {
        _options = options;
        _files = File.Exists(Path.Combine(options.FilesFolder, "index.html"))
            ? new PhysicalFileProvider(Path.GetFullPath(options.FilesFolder))
            : null;
    }

    /// <summary>True when the IDE's files are present.</summary>
    public bool IsInstalled => _files is not null;

    /// <summary>True for a browser's page request: a GET that accepts HTML.</summary>
    public static bool IsBrowserRequest(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) &&
        request.Headers.Accept.Any(accept => accept?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);

    /// <summary>Answers a browser's request for the IDE's page at the endpoint path.</summary>
    public Task ServePageAsync(HttpContext context)
    {
        var request = context.Request;
        if (!request.Path.Value!.EndsWith('/'))
        {
            context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
            context.Response.Headers.Location = $"{request.PathBase}{request.Path}/{request.QueryString}";
            return Task.CompletedTask;
        }

        return ServeFileAsync(context, "index.html");
    }

    /// <summary>Answers a request for one of the IDE's files (relative to the endpoint path).</summary>
    public Task ServeFileAsync(HttpContext context, string relativePath)
    {
        if (relativePath == "bcp-config.json")
        {
            return WriteConfigurationAsync(context);
        }

        if (_files is null)
        {
            return WriteNotInstalledAsync(context);
        }

        var file = _files.GetFileInfo(relativePath);
        if (!file.Exists || file.IsDirectory)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        context.Response.ContentType = s_contentTypes.TryGetContentType(file.Name, out var type) ? type : "application/octet-stream";
        context.Response.ContentLength = file.Length;
        return context.Response.SendFileAsync(file, context.RequestAborted);
    }

    private Task WriteConfigurationAsync(HttpContext context)
    {
        var configuration = new Dictionary<string, object?>
        {
            ["title"] = _options.Title,
            ["disableTelemetry"] = true,
            ["useBrowserUrlAsEndpoint"] = _options.GraphQLEndpoint is null,
            ["endpoint"] = _options.GraphQLEndpoint ?? context.Request.PathBase + context.Request.Path.Value![..^"bcp-config.json".Length].TrimEnd('/'),
        };
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(configuration), context.RequestAborted);
    }

    private static Task WriteNotInstalledAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(BananaCakePopNotice.NotInstalled, context.RequestAborted);
    }
}
