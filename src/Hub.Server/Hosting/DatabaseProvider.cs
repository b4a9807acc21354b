namespace Hub.Server.Hosting;

/// <summary>The database engines the hub runs on.</summary>
public enum DatabaseProvider
{
    /// <summary>An embedded SQLite file: the zero-set-up default for a developer machine.</summary>
    Sqlite,

    /// <summary>PostgreSQL: production, and every performance figure.</summary>
    PostgreSql,
}
