namespace Hub.Data.Hosting;

/// <summary>The database behind the shared data.</summary>
public enum DataProvider
{
    /// <summary>The embedded default: one SQLite file under the data folder.</summary>
    Sqlite,

    /// <summary>Production: PostgreSQL through Npgsql.</summary>
    Postgres,
}
