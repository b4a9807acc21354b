using Microsoft.Extensions.Configuration;

namespace Hub.Data.Hosting;

/// <summary>
/// Where the shared data lives, read from the host's configuration: <c>Hub:Database:Provider</c> (<c>Sqlite</c>,
/// the default, or <c>PostgreSql</c>), <c>Hub:Database:ConnectionString</c>, <c>Hub:DataFolder</c> and <c>Hub:MigrateAtStartup</c>.
/// </summary>
public sealed class HubDataOptions
{
    /// <summary>The data layer's own section (<c>Provider</c>, <c>ConnectionString</c>, <c>Folder</c>, <c>MigrateOnStartup</c>); when set, it wins over the host keys.</summary>
    public const string Section = "Hub:Data";

    /// <summary><c>Sqlite</c> (default) or <c>Postgres</c>.</summary>
    public DataProvider Provider { get; set; } = DataProvider.Sqlite;

    /// <summary>The PostgreSQL connection string; for SQLite, overrides the file under <see cref="Folder"/>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Folder holding the SQLite file (<c>hub.db</c>).</summary>
    public string Folder { get; set; } = "data";

    /// <summary>Apply pending migrations at start-up.</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>Reads the host's <c>Hub</c> section; absent keys keep their defaults, an unknown provider is an error.</summary>
    public static HubDataOptions From(IConfiguration configuration)
    {
        var hub = configuration.GetSection("Hub");
        var options = new HubDataOptions();
        if (hub["Database:Provider"] is { Length: > 0 } provider)
        {
            options.Provider = provider.ToUpperInvariant() switch
            {
                "SQLITE" => DataProvider.Sqlite,
                "POSTGRES" or "POSTGRESQL" => DataProvider.Postgres,
                _ => throw new InvalidOperationException($"Hub:Database:Provider is '{provider}'; expected Sqlite or PostgreSql."),
            };
        }

        options.ConnectionString = hub["Database:ConnectionString"] is { Length: > 0 } connection ? connection : null;
        options.Folder = hub["DataFolder"] is { Length: > 0 } folder ? folder : options.Folder;
        if (hub["MigrateAtStartup"] is { Length: > 0 } migrate)
        {
            options.MigrateOnStartup = bool.Parse(migrate);
        }

        var own = configuration.GetSection(Section);
        if (own["Provider"] is { Length: > 0 } ownProvider)
        {
            options.Provider = ownProvider.StartsWith("Postgres", StringComparison.OrdinalIgnoreCase) ? DataProvider.Postgres : DataProvider.Sqlite;
        }

        options.ConnectionString = own["ConnectionString"] is { Length: > 0 } ownConnection ? ownConnection : options.ConnectionString;
        options.Folder = own["Folder"] is { Length: > 0 } ownFolder ? ownFolder : options.Folder;
        options.MigrateOnStartup = own["MigrateOnStartup"] is { Length: > 0 } ownMigrate ? bool.Parse(ownMigrate) : options.MigrateOnStartup;
        return options;
    }

    /// <summary>The connection string actually used.</summary>
    public string ResolveConnectionString() => Provider switch
    {
        DataProvider.Postgres => ConnectionString
            ?? throw new InvalidOperationException("Hub:Database:ConnectionString is required when Hub:Database:Provider is PostgreSql."),
        _ => ConnectionString ?? $"Data Source={Path.Combine(Folder, "hub.db")}",
    };
}
