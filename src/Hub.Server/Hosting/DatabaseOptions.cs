namespace Hub.Server.Hosting;

/// <summary>The database the hub uses: an embedded SQLite file by default, PostgreSQL in production.</summary>
public sealed class DatabaseOptions
{
    /// <summary>The database engine.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>The ADO.NET connection string; empty means <c>hub.db</c> in the data folder (SQLite only).</summary>
    public string? ConnectionString { get; set; }
}
