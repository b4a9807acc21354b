using Microsoft.Extensions.Configuration;

namespace Hub.Data.Hosting;

/// <summary>Configuration section <c>Hub:Data</c>.</summary>
public sealed class HubDataOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "Hub:Data";

    /// <summary><c>Sqlite</c> (default) or <c>Postgres</c>.</summary>
    public DataProvider Provider { get; set; } = DataProvider.Sqlite;

    /// <summary>The PostgreSQL connection string; for SQLite, overrides the file under <see cref="Folder"/>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Folder holding the SQLite file (<c>hub.db</c>).</summary>
    public string Folder { get; set; } = "data";

    /// <summary>Apply pending migrations at start-up.</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>Reads the <c>Hub:Data</c> section; absent keys keep their defaults, an unknown provider is an error.</summary>
    public static HubDataOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var options = new HubDataOptions();
        if (section[nameof(Provider)] is { Length: > 0 } provider)
        {
            options.Provider = Enum.TryParse<DataProvider>(provider, ignoreCase: true, out var parsed)
                ? parsed
                : throw new InvalidOperationException($"{Section}:{nameof(Provider)} is '{provider}'; expected Sqlite or Postgres.");
        }

        options.ConnectionString = section[nameof(ConnectionString)] ?? options.ConnectionString;
        options.Folder = section[nameof(Folder)] ?? options.Folder;
        if (section[nameof(MigrateOnStartup)] is { Length: > 0 } migrate)
        {
            options.MigrateOnStartup = bool.Parse(migrate);
        }

        return options;
    }

    /// <summary>The connection string actually used.</summary>
    public string ResolveConnectionString() => Provider switch
    {
        DataProvider.Postgres => ConnectionString
            ?? throw new InvalidOperationException($"{Section}:ConnectionString is required when {Section}:Provider is Postgres."),
        _ => ConnectionString ?? $"Data Source={Path.Combine(Folder, "hub.db")}",
    };
}
