using Hub.Data.Generation;
using Hub.Data.Hosting;
using Hub.Data.Import;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Hub.Data.Tests;

public sealed class DeferredIndexTests
{
    [Fact]
    public async Task A_bulk_load_with_deferred_indexes_ends_with_every_index_and_the_next_import_repairs_a_killed_one()
    {
        var folder = TestDatabases.TempFolder();
        ScenarioGenerator.Generate(new GeneratorOptions(1, 13, folder, BadRows: false));
        var file = Path.Combine(folder, "admin_penalty.csv");
        var rows = File.ReadLines(file).Count() - 1;
        var database = await TestDatabases.CreateAsync(DataProvider.Postgres);
        var expected = await IndexesAsync(database);

        await using (var rejects = new RejectReport(file + ".1.csv"))
        {
            var summary = await database.CreateImporter(batchSize: 2_000, deferIndexes: true).ImportAsync("admin_penalty", file, rejects);
            Assert.Equal(rows, summary.Inserted);
        }

        Assert.Equal(expected, await IndexesAsync(database));

        // What a kill -9 between "indexes dropped" and "indexes built" leaves behind …
        var indexes = new PostgresSecondaryIndexes(database.Options.ConnectionString!);
        var descriptor = database.CreateImporter().Describe("admin_penalty");
        await using (var context = database.CreateContext())
        {
            await context.Set<Model.Enforcement.AdminPenalty>().ExecuteDeleteAsync();
        }

        Assert.True(await indexes.DeferIfEmptyAsync(descriptor, CancellationToken.None));
        Assert.Equal(3, expected.Count - (await IndexesAsync(database)).Count);

        // … is repaired by the next import of the data set, deferred or not.
        await using (var rejects = new RejectReport(file + ".2.csv"))
        {
            await database.CreateImporter(batchSize: 2_000).ImportAsync("admin_penalty", file, rejects);
        }

        Assert.Equal(expected, await IndexesAsync(database));
    }

    private static async Task<List<string>> IndexesAsync(HubDatabase database)
    {
        await using var connection = new NpgsqlConnection(database.Options.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT indexdef FROM pg_indexes WHERE schemaname = 'enforcement' AND tablename = 'admin_penalty' ORDER BY indexname", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var definitions = new List<string>();
        while (await reader.ReadAsync())
        {
            definitions.Add(reader.GetString(0));
        }

        return definitions;
    }
}
