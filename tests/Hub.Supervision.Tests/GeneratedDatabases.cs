using Hub.Data.Hosting;

namespace Hub.Supervision.Tests;

/// <summary>
/// One generated scale-1 database per provider, shared by the model tests of a run (generating and importing takes
/// seconds; every test reads its own model's clues, so they do not disturb each other).
/// </summary>
public sealed class GeneratedDatabases : IAsyncLifetime
{
    /// <summary>The seed of the shared data; the evaluation tests use other seeds.</summary>
    public const int Seed = 20261207;

    private readonly Dictionary<DataProvider, GeneratedDatabase> _databases = [];

    public GeneratedDatabase this[DataProvider provider] => _databases[provider];

    public async Task InitializeAsync()
    {
        _databases[DataProvider.Postgres] = await GeneratedDatabase.CreateAsync(DataProvider.Postgres, 1, Seed);
        _databases[DataProvider.Sqlite] = await GeneratedDatabase.CreateAsync(DataProvider.Sqlite, 1, Seed);
    }

    public Task DisposeAsync() => Task.CompletedTask;
}

[CollectionDefinition(Name)]
public sealed class GeneratedDataCollection : ICollectionFixture<GeneratedDatabases>
{
    public const string Name = "generated data";
}
