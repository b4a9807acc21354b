using Hub.Data.Generation;
using Hub.Data.Import;
using Hub.Data.Migrations;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging;

namespace Hub.Data.Hosting;

/// <summary>
/// One configured database: creates contexts, applies the versioned SQL migrations, imports files and seeds the
/// embedded default with generated demo data.
/// </summary>
/// <param name="options">Provider and connection.</param>
/// <param name="modules">Domain modules whose own migrations <see cref="MigrateAsync"/> applies after the shared data's.</param>
/// <param name="loggerFactory">
/// Where the contexts log (the host's): the SQL of every query under <c>Microsoft.EntityFrameworkCore.Database.Command</c>,
/// without parameter values. None: they do not log.
/// </param>
public sealed class HubDatabase(HubDataOptions options, IReadOnlyList<MigrationSource>? modules = null, ILoggerFactory? loggerFactory = null)
{
    private readonly PooledDbContextFactory<HubDataContext> _contexts = new(Logging(new DbContextOptionsBuilder<HubDataContext>().UseHubDatabase(options), loggerFactory).Options);

    /// <summary>The options in force.</summary>
    public HubDataOptions Options { get; } = options;

    /// <summary>The one pooled factory of shared-data contexts on this database (also registered as a service).</summary>
    public IDbContextFactory<HubDataContext> Contexts => _contexts;

    /// <summary>A context on this database from the pool; disposing it returns it.</summary>
    public HubDataContext CreateContext() => _contexts.CreateDbContext();

    /// <summary>Applies pending migrations; returns the versions applied.</summary>
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        if (Options.Provider == DataProvider.Sqlite)
        {
            var file = new SqliteConnectionStringBuilder(Options.ResolveConnectionString()).DataSource;
            var folder = Path.GetDirectoryName(Path.GetFullPath(file));
            if (folder is not null)
            {
                Directory.CreateDirectory(folder);
            }
        }

        return await SchemaMigrator.ApplyAsync(Options.Provider, Options.ResolveConnectionString(), cancellationToken, modules);
    }

    /// <summary>
    /// An importer writing to this database. PostgreSQL stores two batches at once by default (one backend each, on
    /// separate cores) and analyses the tables an import changed; SQLite has a single writer.
    /// </summary>
    /// <param name="batchSize">Rows per transaction.</param>
    /// <param name="progress">Called after each batch with the rows read and the share of the file done.</param>
    /// <param name="writers">Batches stored at once (PostgreSQL only).</param>
    /// <param name="maxFieldLength">The longest field accepted, in characters; a longer one rejects its row.</param>
    /// <param name="agencyRegions">The agency directory (code → region) rows must agree with; see <see cref="DataImporter.AgencyRegions"/>.</param>
    public DataImporter CreateImporter(
        int batchSize = 50_000,
        Action<long, double>? progress = null,
        int? writers = null,
        int maxFieldLength = RowParser.DefaultMaxFieldLength,
        IReadOnlyDictionary<string, string>? agencyRegions = null)
    {
        using var context = CreateContext();
        var connectionString = Options.ResolveConnectionString();
        return new DataImporter(context.Model, async (dataSet, ct) => Options.Provider == DataProvider.Postgres
            ? await PostgresBatchWriter.OpenAsync(connectionString, dataSet, ct)
            : await SqliteBatchWriter.OpenAsync(connectionString, dataSet, ct))
        {
            BatchSize = batchSize,
            MaxFieldLength = maxFieldLength,
            AgencyRegions = agencyRegions,
            Progress = progress,
            Writers = Options.Provider == DataProvider.Postgres ? writers ?? 2 : 1,
            BeginInitialLoad = Options.Provider == DataProvider.Postgres
                ? async (dataSet, ct) => await PostgresInitialLoad.TryBeginAsync(connectionString, dataSet, ct)
                : async (dataSet, ct) => await SqliteInitialLoad.TryBeginAsync(connectionString, dataSet, ct),
            AfterChange = Options.Provider == DataProvider.Postgres ? (dataSet, ct) => PostgresStatistics.AnalyzeAsync(connectionString, dataSet, ct) : null,
        };
    }

    private static DbContextOptionsBuilder<HubDataContext> Logging(DbContextOptionsBuilder<HubDataContext> builder, ILoggerFactory? loggerFactory) =>
        loggerFactory is null ? builder : builder.UseLoggerFactory(loggerFactory);

    /// <summary>The date the demo data describes: the day its planted cases are due, and the as-of date to run the models at.</summary>
    public static DateOnly DemoDataAsOf => GenerationContext.AsOf;

    /// <summary>
    /// On an empty embedded database, generates the seed scenarios at <paramref name="scale"/> and imports them, so
    /// that a fresh start has demo data. Does nothing when any person is already known.
    /// </summary>
    public async Task<bool> SeedDemoDataAsync(int scale = 1, int seed = 20240601, CancellationToken cancellationToken = default)
    {
        await MigrateAsync(cancellationToken);
        await using (var context = CreateContext())
        {
            if (await context.Persons.AnyAsync(cancellationToken))
            {
                return false;
            }
        }

        var folder = Path.Combine(Path.GetTempPath(), $"hub-seed-{Guid.NewGuid():N}");
        try
        {
            ScenarioGenerator.Generate(new GeneratorOptions(scale, seed, folder, BadRows: false));
            var importer = CreateImporter();
            await using var rejects = new RejectReport(Path.Combine(folder, "rejects.csv"));
            foreach (var (dataSet, path) in DataFolder.Files(folder))
            {
                await importer.ImportAsync(dataSet, path, rejects, cancellationToken);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        return true;
    }
}
