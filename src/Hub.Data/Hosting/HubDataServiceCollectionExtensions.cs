using Hub.Data.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Data.Hosting;

/// <summary>Registers the shared-data layer.</summary>
public static class HubDataServiceCollectionExtensions
{
    /// <summary>
    /// Adds the hub's one database setting (<see cref="HubDataOptions"/>, <c>Hub:Database</c>), the pooled
    /// <see cref="IDbContextFactory{HubDataContext}"/> and the <see cref="HubDatabase"/> that migrates (with the
    /// migrations of <paramref name="modules"/>), imports and seeds; its contexts log to the host's logger factory.
    /// </summary>
    public static IServiceCollection AddHubData(this IServiceCollection services, IConfiguration configuration, IReadOnlyList<MigrationSource>? modules = null)
    {
        var options = HubDataOptions.From(configuration);
        services.AddSingleton(Options.Create(options));
        services.AddSingleton(provider => new HubDatabase(options, modules, provider.GetService<ILoggerFactory>()));
        services.AddSingleton(provider => provider.GetRequiredService<HubDatabase>().Contexts);
        return services;
    }
}
