using System.Diagnostics;
using Hub.Data.Generation;
using Hub.Data.Hosting;
using Hub.Data.Import;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Hub.Data.Tests;

/// <summary>
/// <c>kill -9</c> of a real import process, on both PostgreSQL paths: the initial load of an empty table (one transaction
/// that drops and rebuilds the indexes) and batch-by-batch merging into a table that already holds rows; and on SQLite's
/// initial load, the same single transaction.
/// </summary>
public sealed class KilledImportTests
{
    private const int Batch = 250;

    [Fact]
    public async Task A_killed_initial_load_leaves_the_table_empty_with_every_index_and_a_rerun_loads_it()
    {
        var (database, file, total) = await PrepareAsync(DataProvider.Postgres);
        var indexes = await IndexesAsync(database);

        // Killed while its COPY streams rows: the whole load is one transaction, so nothing of it may remain.
        await KillMidwayAsync(database, file, SeenBySql(database, "SELECT coalesce(sum(tuples_processed), 0) FROM pg_stat_progress_copy"));
        await AssertEmptyThenRerunLoadsAsync(database, file, total, indexes);
    }

    [Fact]
    public async Task A_killed_initial_load_on_sqlite_leaves_the_table_empty_with_every_index_and_a_rerun_loads_it()
    {
        var (database, file, total) = await PrepareAsync(DataProvider.Sqlite);
        var indexes = await IndexesAsync(database);

        // Three batches stored inside the load's transaction (the child reports each), then SIGKILL: SQLite's journal
        // must roll all of it back when the database is next opened.
        await KillMidwayAsync(database, file, child => StoredBatchesAsync(child, 3));
        await AssertEmptyThenRerunLoadsAsync(database, file, total, indexes);
    }

    [Fact]
    public async Task An_import_into_a_table_with_rows_killed_mid_way_leaves_whole_batches_only_and_a_rerun_completes_it()
    {
        var (database, file, total) = await PrepareAsync(DataProvider.Postgres);
        // One row of its own, so the table is not empty and the import stores batch by batch.
        var lines = File.ReadLines(file).Take(2).ToArray();
        var seed = Path.Combine(Path.GetDirectoryName(file)!, "seed", "admin_penalty.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(seed)!);
        await File.WriteAllLinesAsync(seed, [lines[0], lines[1].Replace("-ADMIN_PENALTY-", "-SEED-", StringComparison.Ordinal)]);
        await using (var seedRejects = new RejectReport(seed + ".rejects.csv"))
        {
            Assert.Equal(1, (await database.CreateImporter().ImportAsync("admin_penalty", seed, seedRejects)).Inserted);
        }

        await KillMidwayAsync(database, file, SeenBySql(database, "SELECT count(*) - 1 FROM enforcement.admin_penalty"));
        var afterKill = await CountAsync(database) - 1;
        Assert.InRange(afterKill, Batch, total - 1);
        // Two writers store batches at once, so the short last batch may commit before a full one: whole batches only.
        Assert.Contains(afterKill % Batch, new long[] { 0, total % Batch });

        await using var rejects = new RejectReport(file + ".rerun.csv");
        var rerun = await database.CreateImporter(Batch).ImportAsync("admin_penalty", file, rejects);
        Assert.Equal(total + 1, await CountAsync(database));
        Assert.Equal((total - afterKill, afterKill), (rerun.Inserted, rerun.Unchanged));
    }

    private static async Task AssertEmptyThenRerunLoadsAsync(HubDatabase database, string file, long total, List<string> indexes)
    {
        Assert.Equal(0, await CountAsync(database));
        Assert.Equal(indexes, await IndexesAsync(database));

        await using var rejects = new RejectReport(file + ".rerun.csv");
        var rerun = await database.CreateImporter(Batch).ImportAsync("admin_penalty", file, rejects);
        Assert.Equal((total, 0), (rerun.Inserted, rerun.Unchanged));
        Assert.Equal(total, await CountAsync(database));
        Assert.Equal(indexes, await IndexesAsync(database));
    }

    private static async Task<(HubDatabase Database, string File, long Rows)> PrepareAsync(DataProvider provider)
    {
        var folder = TestDatabases.TempFolder();
        // Large enough that the COPY streams for longer than the 5 ms poll finds it (at scale 3 it once finished first in CI).
        ScenarioGenerator.Generate(new GeneratorOptions(6, 11, folder, BadRows: false));
        var file = Path.Combine(folder, "admin_penalty.csv");
        return (await TestDatabases.CreateAsync(provider), file, File.ReadLines(file).Count() - 1);
    }

    /// <summary>Starts the import in a child process and SIGKILLs it once <paramref name="midway"/> says it is storing rows.</summary>
    private static async Task KillMidwayAsync(HubDatabase database, string file, Func<Process, Task<bool>> midway)
    {
        var child = Process.Start(new ProcessStartInfo("dotnet",
            [typeof(Program).Assembly.Location, "import", database.Options.Provider.ToString(), database.Options.ConnectionString!, "admin_penalty", file, Batch.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        { RedirectStandardOutput = true })!;
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!child.HasExited && DateTime.UtcNow < deadline && !await midway(child))
        {
            await Task.Delay(5);
        }

        Assert.False(child.HasExited, "the import finished before it could be killed mid-way");
        child.Kill(entireProcessTree: true); // SIGKILL: no chance to finish what is in flight
        await child.WaitForExitAsync();
    }

    /// <summary>Mid-way once <paramref name="sql"/>, run on the database, counts more than zero rows.</summary>
    private static Func<Process, Task<bool>> SeenBySql(HubDatabase database, string sql) => async _ =>
    {
        await using var connection = new NpgsqlConnection(database.Options.ConnectionString);
        await connection.OpenAsync();
        await using var progress = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await progress.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) > 0;
    };

    /// <summary>Reads the child's "stored" lines (one per batch written) until <paramref name="batches"/> have been reported.</summary>
    private static async Task<bool> StoredBatchesAsync(Process child, int batches)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        for (var stored = 0; stored < batches;)
        {
            var line = await child.StandardOutput.ReadLineAsync(timeout.Token);
            if (line is null)
            {
                return false; // the child ended
            }

            stored += line.StartsWith("stored ", StringComparison.Ordinal) ? 1 : 0;
        }

        return true;
    }

    private static async Task<long> CountAsync(HubDatabase database)
    {
        await using var context = database.CreateContext();
        return await context.Set<Model.Enforcement.AdministrativePenalty>().LongCountAsync();
    }

    private static async Task<List<string>> IndexesAsync(HubDatabase database)
    {
        await using var context = database.CreateContext();
        var sql = database.Options.Provider == DataProvider.Postgres
            ? "SELECT indexdef AS \"Value\" FROM pg_indexes WHERE schemaname = 'enforcement' AND tablename = 'admin_penalty' ORDER BY indexname"
            : "SELECT sql AS \"Value\" FROM sqlite_master WHERE type = 'index' AND tbl_name = 'admin_penalty' AND sql IS NOT NULL ORDER BY name";
        return await context.Database.SqlQueryRaw<string>(sql).ToListAsync();
    }
}
