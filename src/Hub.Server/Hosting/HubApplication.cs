using Hub.Data.Hosting;
using Hub.Data.Migrations;
using Hub.GraphQL.AspNetCore;
using Hub.GraphQL.Execution;
using Hub.GraphQL.Execution.Limits;
using Hub.Identity.Audit;
using Hub.Identity.Storage;
using Hub.Server.Authorization;
using Hub.Server.Health;
using Hub.Server.Identity;
using Hub.Server.Schema;
using Hub.Server.Schema.SharedData;
using Hub.Supervision.Store;

namespace Hub.Server.Hosting;

/// <summary>The composition root: every area registers its services and endpoints here with one line each.</summary>
public static class HubApplication
{
    /// <summary>The stores beside the shared data whose migrations the hub applies after its own; a new store adds its source here.</summary>
    private static readonly MigrationSource[] s_storeMigrations = [SupervisionMigrations.Source, IdentityMigrations.Source];

    /// <summary>Builds the web application (not started), used by the server and by CLI commands that need services.</summary>
    public static WebApplication Build(string[] args) => Compose(() =>
    {
        var builder = WebApplication.CreateBuilder(HubContentRoot.Options(args));
        var options = builder.AddHubHost();
        Directory.CreateDirectory(options.DataFolder);
        builder.Services.AddHubData(builder.Configuration, s_storeMigrations);
        builder.Services.AddSupervisionStore();
        builder.Services.AddHostedService<DatabaseStartup>();
        var limits = builder.Configuration.GetSection("Hub:GraphQL:Limits").Get<LimitOptions>() ?? LimitOptions.Default;
        builder.Services.AddHubGraphQLAuthorization(builder.Configuration);
        builder.Services.AddSingleton<IRequestExecutor>(services => new DatabaseOutageExecutor(
            new AuditedRequestExecutor(
                GraphQLAuthorizationHosting.CreateExecutor(services, [new OperationLimitsAnalyzer(limits)]),
                services.GetRequiredService<AuditTrail>()),
            services.GetRequiredService<ILogger<DatabaseOutageExecutor>>()));
        builder.AddHubIdentityForHost(options);
        builder.Services.AddSharedDataSchema();
        builder.AddHubTelemetry();

        var app = builder.Build();
        app.UseWebSockets();
        app.UseMiddleware<DatabaseOutageMiddleware>();
        app.MapHubHealth();
        app.UseHubIdentity();
        app.MapGraphQL("/graphql", graphql =>
        {
            graphql.Tool.Title = "Hub";
            GraphQLEndpointSettings.Bind(app.Configuration, graphql);
            graphql.Sockets.Revocations = WebSocketRevocation.Signal(app.Services);
        });
        return app;
    });

    /// <summary>
    /// The configured database with every store's migrations (shared data, clue store, identity store), read from the same
    /// configuration as the server but without building the application: <c>hub db migrate</c> and <c>hub data import</c>
    /// need neither the identity keys nor the schema.
    /// </summary>
    public static HubDatabase Database(string[] args) => Compose(() =>
    {
        var builder = WebApplication.CreateBuilder(HubContentRoot.Options(args));
        builder.AddHubHost();
        return new HubDatabase(HubDataOptions.From(builder.Configuration), s_storeMigrations);
    });

    // Composition reads settings only; what it refuses is a configuration problem, reported as such.
    private static T Compose<T>(Func<T> compose)
    {
        try
        {
            return compose();
        }
        catch (InvalidOperationException exception) when (exception is not HubConfigurationException)
        {
            throw new HubConfigurationException(exception.Message, exception);
        }
    }
}
