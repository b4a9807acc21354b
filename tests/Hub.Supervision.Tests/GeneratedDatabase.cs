using Hub.Data.Generation;
using Hub.Data.Hosting;
using Hub.Data.Import;
using Hub.Supervision.Store;
using Hub.Testing;

namespace Hub.Supervision.Tests;

/// <summary>A fresh real database (PostgreSQL or SQLite) migrated with the clue store and loaded with generated data.</summary>
public sealed class GeneratedDatabase
{
    private GeneratedDatabase(HubDatabase database, GroundTruth manifest, string folder)
    {
        Database = database;
        Manifest = manifest;
        Folder = folder;
    }

    public HubDatabase Database { get; }

    /// <summary>What the generator planted.</summary>
    public GroundTruth Manifest { get; }

    /// <summary>Where the generated files are.</summary>
    public string Folder { get; }

    /// <summary>Generates data at <paramref name="scale"/> with <paramref name="seed"/> (no bad rows) and imports all of it.</summary>
    public static async Task<GeneratedDatabase> CreateAsync(DataProvider provider, int scale, int seed)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"hub-supervision-test-{Guid.NewGuid():N}");
        var manifest = ScenarioGenerator.Generate(new GeneratorOptions(scale, seed, folder, BadRows: false));
        var database = await EmptyAsync(provider);
        var importer = database.CreateImporter();
        await using var rejects = new RejectReport(Path.Combine(folder, "rejects.csv"));
        foreach (var (dataSet, path) in DataFolder.Files(folder))
        {
            await importer.ImportAsync(dataSet, path, rejects);
        }

        return new GeneratedDatabase(database, manifest, folder);
    }

    /// <summary>A migrated database with no data.</summary>
    public static async Task<HubDatabase> EmptyAsync(DataProvider provider)
    {
        var connection = provider == DataProvider.Postgres
            ? await PostgresServer.Shared.CreateDatabaseAsync("hub_supervision")
            : $"Data Source={Path.Combine(Path.GetTempPath(), $"hub-supervision-{Guid.NewGuid():N}.db")};Pooling=False";
        var database = new HubDatabase(new HubDataOptions { Provider = provider, ConnectionString = connection }, [SupervisionMigrations.Source]);
        await database.MigrateAsync();
        return database;
    }
}
