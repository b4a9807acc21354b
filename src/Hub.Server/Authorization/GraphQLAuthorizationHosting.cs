using Hub.GraphQL.AspNetCore;
using Hub.GraphQL.Authorization;
using Hub.GraphQL.Execution;
using Hub.Server.Hosting;
using Hub.Server.Identity;
using Hub.Server.Schema;
using Microsoft.AspNetCore.Authorization;

namespace Hub.Server.Authorization;

/// <summary>
/// Plugs GraphQL authorization into the host: the served schema with the scope catalogue applied, the handler over
/// ASP.NET Core authorization, the generated scope policies and (unless turned off) filtered introspection. The schema's
/// filter limits are read (and checked) here too, since this is where the served schema is built.
/// </summary>
public static class GraphQLAuthorizationHosting
{
    public static void AddHubGraphQLAuthorization(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(GraphQLAuthorizationOptions.SectionName).Get<GraphQLAuthorizationOptions>()
            ?? new GraphQLAuthorizationOptions();
        var filterLimits = FilterLimitSettings.Read(configuration);
        services.AddSingleton(LoadedPolicies.Load);
        services.AddSingleton(provider =>
        {
            var loaded = provider.GetRequiredService<LoadedPolicies>();
            return new ServedSchema(HubSchemaFactory.Create(filterLimits), loaded.Policies, loaded.ScopesFile);
        });
        services.AddSingleton(options);
        services.AddSingleton<HubAuthorizationHandler>();
        services.AddSingleton<IAuthorizationPolicyProvider, ScopePolicyProvider>();
        if (options.FilterIntrospection)
        {
            services.AddSingleton<ScopeVisibleSchemaProvider>();
            services.AddSingleton<IVisibleSchemaProvider>(provider => provider.GetRequiredService<ScopeVisibleSchemaProvider>());
            services.AddSingleton<ISchemaDocumentProvider>(provider => provider.GetRequiredService<ScopeVisibleSchemaProvider>());
        }

        services.AddHostedService<ServedSchemaStartup>();
    }

    /// <summary>
    /// An executor for the served schema that enforces its rules, with the host's other options: the request timeout
    /// is <c>Hub:GraphQL:ExecutionTimeout</c> (HotChocolate's 30 seconds unless set).
    /// </summary>
    public static IRequestExecutor CreateExecutor(IServiceProvider services, IReadOnlyList<IDocumentAnalyzer> analyzers)
    {
        var served = services.GetRequiredService<ServedSchema>();
        var hideSchema = services.GetRequiredService<GraphQLAuthorizationOptions>().FilterIntrospection;
        var defaults = new RequestExecutorOptions();
        return served.Schema.MakeExecutable(new RequestExecutorOptions
        {
            ExecutionTimeout = services.GetRequiredService<IConfiguration>().GetValue("Hub:GraphQL:ExecutionTimeout", defaults.ExecutionTimeout),
            // What filtered introspection hides must not come back as "Did you mean …?" in validation or variable errors.
            HideSuggestions = hideSchema,
            DocumentAnalyzers = analyzers,
            Authorization = served.Rules,
            AuthorizationHandler = services.GetRequiredService<HubAuthorizationHandler>(),
        });
    }
}
