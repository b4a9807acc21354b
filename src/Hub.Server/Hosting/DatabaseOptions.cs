namespace Hub.Server.Hosting;

/// <summary>The database the hub uses: an embedded SQLite file by default, PostgreSQL in production.</summary>
public sealed class DatabaseOptions
{
    /// <summary>The database engine.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>The ADO.NET connection string; empty means <c>hub.db</c> in the data folder (SQLite only).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// PostgreSQL connections one hub process opens at most (Npgsql's <c>Maximum Pool Size</c>, unless the connection
    /// string sets its own). A request that finds them all busy waits up to the connection string's <c>Timeout</c>
    /// (15 s by default) for one, then gets 503.
    /// </summary>
    public int MaxPoolSize { get; set; } = 20;

    /// <summary>How long start-up keeps retrying an unreachable database before the hub exits non-zero.</summary>
    public TimeSpan StartupRetryTimeout { get; set; } = TimeSpan.FromMinutes(2);
}
