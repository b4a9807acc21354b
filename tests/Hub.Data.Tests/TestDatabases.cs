using Hub.Data.Hosting;
using Hub.Testing;

namespace Hub.Data.Tests;

/// <summary>Fresh real databases for a test: a new PostgreSQL database or a new SQLite file.</summary>
internal static class TestDatabases
{
    public static async Task<HubDatabase> CreateAsync(DataProvider provider)
    {
        var connection = provider == DataProvider.Postgres
            ? await PostgresServer.Shared.CreateDatabaseAsync("hub_data")
            : $"Data Source={Path.Combine(Path.GetTempPath(), $"hub-data-{Guid.NewGuid():N}.db")};Pooling=False";
        var database = new HubDatabase(new HubDataOptions { Provider = provider, ConnectionString = connection });
        await database.MigrateAsync();
        return database;
    }

    public static string TempFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"hub-data-test-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        return folder;
    }
}
