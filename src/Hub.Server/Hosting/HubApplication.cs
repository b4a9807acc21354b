using Hub.GraphQL.AspNetCore.Ide;
using Hub.Server.Health;
using Hub.Server.Identity;

namespace Hub.Server.Hosting;

/// <summary>The composition root: every area registers its services and endpoints here with one line each.</summary>
public static class HubApplication
{
    /// <summary>Builds the web application (not started), used by the server and by CLI commands that need services.</summary>
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var options = builder.AddHubHost();
        Directory.CreateDirectory(options.DataFolder);
        builder.AddHubIdentityForHost(options);

        var app = builder.Build();
        app.MapHubHealth();
        app.UseHubIdentity();
        app.MapBananaCakePopFiles("/graphql", new BananaCakePopOptions { Title = "Hub" });
        return app;
    }
}
