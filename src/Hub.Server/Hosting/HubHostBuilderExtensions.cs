using System.Data.Common;
using Hub.Data.Hosting;
using Hub.Server.Health;
using Npgsql;

namespace Hub.Server.Hosting;

/// <summary>Host-wide wiring: options, logging, graceful shutdown and health checks.</summary>
public static class HubHostBuilderExtensions
{
    /// <summary>
    /// Binds <see cref="HubOptions"/>, resolves the data folder and the default SQLite connection string (written
    /// back into configuration so every area reads the same values), and sets up logging and shutdown.
    /// </summary>
    public static HubOptions AddHubHost(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(HubOptions.SectionName);
        var options = section.Get<HubOptions>() ?? new HubOptions();
        options.DataFolder = Path.GetFullPath(options.DataFolder, builder.Environment.ContentRootPath);
        if (string.IsNullOrWhiteSpace(options.Database.ConnectionString))
        {
            if (options.Database.Provider != DatabaseProvider.Sqlite)
            {
                throw new InvalidOperationException(
                    $"Hub:Database:ConnectionString is required when Hub:Database:Provider is {options.Database.Provider} " +
                    "(set it in appsettings.json or as the Hub__Database__ConnectionString environment variable).");
            }

            options.Database.ConnectionString = $"Data Source={Path.Combine(options.DataFolder, "hub.db")}";
        }
        else if (options.Database.Provider == DatabaseProvider.PostgreSql)
        {
            options.Database.ConnectionString = WithPoolLimit(options.Database.ConnectionString, options.Database.MaxPoolSize);
        }

        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{HubOptions.SectionName}:DataFolder"] = options.DataFolder,
            [$"{HubOptions.SectionName}:Database:ConnectionString"] = options.Database.ConnectionString,

            // The data layer reads its own section; the host's settings are the one place users configure.
            [$"{HubDataOptions.Section}:Provider"] = options.Database.Provider == DatabaseProvider.PostgreSql ? "Postgres" : "Sqlite",
            [$"{HubDataOptions.Section}:ConnectionString"] = options.Database.ConnectionString,
            [$"{HubDataOptions.Section}:Folder"] = options.DataFolder,
            [$"{HubDataOptions.Section}:MigrateOnStartup"] = options.MigrateAtStartup.ToString(),
        });
        builder.Services.Configure<HubOptions>(builder.Configuration.GetSection(HubOptions.SectionName));
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = options.ShutdownTimeout);

        builder.Logging.ClearProviders();
        if (builder.Environment.IsDevelopment())
        {
            builder.Logging.AddSimpleConsole(console => console.SingleLine = true);
        }
        else
        {
            // Structured logs for collectors: one JSON object per line.
            builder.Logging.AddJsonConsole(console =>
            {
                console.JsonWriterOptions = new() { Indented = false };
                // "Timestamp": ISO 8601 in UTC, what collectors order and correlate entries by.
                console.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
                console.UseUtcTimestamp = true;
            });
        }

        builder.Services.AddHubHealthChecks();
        return options;
    }

    /// <summary>
    /// Npgsql's own default (100 connections) equals PostgreSQL's default <c>max_connections</c>: one busy hub would
    /// take every connection and lock out <c>psql</c>, imports and the other replicas. Every part of the hub shares this
    /// one pool, since they use the same connection string.
    /// </summary>
    private static string WithPoolLimit(string connectionString, int maxPoolSize)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var setsMaximum = given.Keys.Cast<string>()
            .Any(key => key.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant() is "MAXIMUMPOOLSIZE" or "MAXPOOLSIZE"); // Npgsql's keyword and its synonym
        return setsMaximum ? connectionString : new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = maxPoolSize }.ConnectionString;
    }

}
