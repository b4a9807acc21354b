using Hub.Data.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hub.Data.Hosting;

/// <summary>Registers the shared-data layer.</summary>
public static class HubDataServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="HubDataContext"/> (SQLite by default, PostgreSQL when <c>Hub:Data:Provider</c> is <c>Postgres</c>),
    /// the options and the <see cref="HubDatabase"/> that migrates (with the migrations of <paramref name="modules"/>), imports and seeds.
    /// </summary>
    public static IServiceCollection AddHubData(this IServiceCollection services, IConfiguration configuration, IReadOnlyList<MigrationSource>? modules = null)
    {
        var options = HubDataOptions.From(configuration);
        services.AddSingleton(Options.Create(options));
        services.AddDbContext<HubDataContext>(builder => HubDatabase.Configure(builder, options));
        services.AddSingleton(new HubDatabase(options, modules));
        return services;
    }
}
