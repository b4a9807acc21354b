using Hub.Data.Hosting;
using Hub.Data.Migrations;
using Hub.Data.Model.Lake;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Hub.Data.Tests;

/// <summary>
/// On SQLite, instants are stored as fixed-width UTC text, so EF Core compares and orders them in SQL; migration 0008
/// rewrites those stored before in Microsoft.Data.Sqlite's form (any offset, trailing fraction zeros dropped).
/// </summary>
public sealed class SortableInstantTests
{
    [Fact]
    public async Task Instants_stored_before_0008_are_rewritten_as_UTC_text_that_filters_and_sorts_in_time_order()
    {
        var database = await TestDatabases.CreateAsync(DataProvider.Sqlite);
        await using (var connection = new SqliteConnection(database.Options.ConnectionString))
        {
            await connection.OpenAsync();
            // Three instants in the old form: 10:00+08:00 is 02:00 UTC, the earliest although it reads the latest.
            foreach (var (id, receivedAt) in new[] { (1, "2024-01-01 10:00:00+08:00"), (2, "2024-01-01 03:00:00.5+00:00"), (3, "2024-01-01 03:00:00.25+00:00") })
            {
                await using var insert = new SqliteCommand(
                    "INSERT INTO hotline_ticket (id, ticket_id, received_at, content, source_agency, source_record_id, ingested_at, sensitivity_level, sealed, region_code) " +
                    $"VALUES ({id}, 'T{id}', '{receivedAt}', '', 'HOT-430281', 'R{id}', '2024-01-02 00:00:00.1+00:00', '2', 0, '')", connection);
                await insert.ExecuteNonQueryAsync();
            }

            var (_, sql) = SchemaMigrator.Migrations(DataProvider.Sqlite).Single(m => m.Version == "0008_sortable_instants");
            await using var migrate = new SqliteCommand(sql, connection);
            await migrate.ExecuteNonQueryAsync();

            await using var read = new SqliteCommand("SELECT group_concat(received_at, ' | ') FROM (SELECT received_at FROM hotline_ticket ORDER BY id)", connection);
            Assert.Equal("2024-01-01T02:00:00.0000000Z | 2024-01-01T03:00:00.5000000Z | 2024-01-01T03:00:00.2500000Z", await read.ExecuteScalarAsync());
        }

        await using var db = database.CreateContext();
        var after = new DateTimeOffset(2024, 1, 1, 10, 0, 0, 200, TimeSpan.FromHours(8)); // 02:00:00.2 UTC
        var ids = await db.Set<HotlineTicket>().Where(t => t.ReceivedAt > after).OrderByDescending(t => t.ReceivedAt).Select(t => t.Id).ToListAsync();
        Assert.Equal([2L, 3L], ids);
        var ingested = await db.Set<HotlineTicket>().Select(t => t.IngestedAt).Distinct().ToListAsync();
        Assert.Equal([new DateTimeOffset(2024, 1, 2, 0, 0, 0, 100, TimeSpan.Zero)], ingested);
    }
}
