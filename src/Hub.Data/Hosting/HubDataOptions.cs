using System.Data.Common;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Hub.Data.Hosting;

/// <summary>
/// The hub's one database setting, shared by every store (shared data, clue store, identity store): read from
/// <c>Hub:Database</c> (<c>Provider</c>: <c>Sqlite</c>, the default, or <c>PostgreSql</c>; <c>ConnectionString</c>;
/// <c>MaxPoolSize</c>; <c>StartupRetryTimeout</c>), <c>Hub:DataFolder</c> and <c>Hub:MigrateAtStartup</c>.
/// </summary>
public sealed class HubDataOptions
{
    /// <summary><c>Sqlite</c> (default) or <c>Postgres</c>.</summary>
    public DataProvider Provider { get; set; } = DataProvider.Sqlite;

    /// <summary>The provider as <c>Hub:Database:Provider</c> spells it (<c>Sqlite</c> or <c>PostgreSql</c>), for messages users read.</summary>
    public string ProviderName => Provider == DataProvider.Postgres ? "PostgreSql" : "Sqlite";

    /// <summary>The ADO.NET connection string; empty means <c>hub.db</c> under <see cref="Folder"/> (SQLite only).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Folder holding the SQLite file (<c>hub.db</c>).</summary>
    public string Folder { get; set; } = "data";

    /// <summary>Apply pending migrations at start-up (every store's).</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>
    /// PostgreSQL connections one hub process opens at most (Npgsql's <c>Maximum Pool Size</c>, unless the connection
    /// string sets its own). A request that finds them all busy waits up to the connection string's <c>Timeout</c>
    /// (15 s by default) for one, then gets 503.
    /// </summary>
    public int MaxPoolSize { get; set; } = 20;

    /// <summary>How long start-up keeps retrying an unreachable database before the hub exits non-zero.</summary>
    public TimeSpan StartupRetryTimeout { get; set; } = TimeSpan.FromMinutes(2);

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
        options.MigrateOnStartup = hub["MigrateAtStartup"] is { Length: > 0 } migrate ? bool.Parse(migrate) : options.MigrateOnStartup;
        options.MaxPoolSize = hub["Database:MaxPoolSize"] is { Length: > 0 } pool ? int.Parse(pool, CultureInfo.InvariantCulture) : options.MaxPoolSize;
        options.StartupRetryTimeout = hub["Database:StartupRetryTimeout"] is { Length: > 0 } retry
            ? TimeSpan.Parse(retry, CultureInfo.InvariantCulture)
            : options.StartupRetryTimeout;
        return options;
    }

    /// <summary>The connection string actually used: on PostgreSQL with the pool cap, on SQLite the default file when none is set.</summary>
    public string ResolveConnectionString() => Provider switch
    {
        DataProvider.Postgres => WithPoolLimit(ConnectionString ?? throw new InvalidOperationException(
            "Hub:Database:ConnectionString is required when Hub:Database:Provider is PostgreSql " +
            "(set it in appsettings.json or as the Hub__Database__ConnectionString environment variable).")),
        _ => ConnectionString ?? $"Data Source={Path.Combine(Folder, "hub.db")}",
    };

    /// <summary>
    /// Npgsql's own default (100 connections) equals PostgreSQL's default <c>max_connections</c>: one busy hub would
    /// take every connection and lock out <c>psql</c>, imports and the other replicas. Every store shares this one
    /// pool, since they use the same connection string.
    /// </summary>
    private string WithPoolLimit(string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var setsMaximum = given.Keys.Cast<string>()
            .Any(key => key.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant() is "MAXIMUMPOOLSIZE" or "MAXPOOLSIZE"); // Npgsql's keyword and its synonym
        return setsMaximum ? connectionString : new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = MaxPoolSize }.ConnectionString;
    }
}
