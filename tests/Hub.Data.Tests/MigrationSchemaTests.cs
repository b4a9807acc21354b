using System.Data.Common;
using Hub.Data.Hosting;
using Hub.Data.Migrations;
using Hub.Identity;
using Hub.Identity.Storage;
using Hub.Supervision.Store;
using Hub.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Hub.Data.Tests;

public sealed class MigrationSchemaTests
{
    [Theory]
    [InlineData(DataProvider.Postgres)]
    [InlineData(DataProvider.Sqlite)]
    public async Task The_migrated_database_has_exactly_the_tables_columns_nullability_and_indexes_of_the_model(DataProvider provider)
    {
        var database = await TestDatabases.CreateAsync(provider);
        await using var context = database.CreateContext();
        var expected = new SortedSet<string>(StringComparer.Ordinal);
        var expectedIndexes = new SortedSet<string>(StringComparer.Ordinal);
        // The design-time model keeps what only migrations need, such as collations.
        foreach (var table in context.GetService<IDesignTimeModel>().Model.GetRelationalModel().Tables)
        {
            var schema = provider == DataProvider.Postgres ? table.Schema : null;
            foreach (var column in table.Columns)
            {
                // On PostgreSQL the exact type too (length, precision, scale and collation); SQLite's types are affinities.
                var type = provider == DataProvider.Postgres ? $" {column.StoreType}{(column.Collation is { } collation ? $" COLLATE {collation}" : "")}" : "";
                expected.Add($"{schema}.{table.Name}.{column.Name}{type} {(column.IsNullable ? "NULL" : "NOT NULL")}");
            }

            foreach (var index in table.Indexes)
            {
                expectedIndexes.Add($"{table.Name}:{index.Name}{(index.IsUnique ? " unique" : "")}");
            }
        }

        var connection = context.Database.GetDbConnection();
        await connection.OpenAsync();
        var actual = new SortedSet<string>(StringComparer.Ordinal);
        var actualIndexes = new SortedSet<string>(StringComparer.Ordinal);
        if (provider == DataProvider.Postgres)
        {
            await ReadAsync(connection, "SELECT n.nspname, c.relname, a.attname, format_type(a.atttypid, a.atttypmod) || coalesce(' COLLATE ' || co.collname, ''), a.attnotnull FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace LEFT JOIN pg_collation co ON co.oid = a.attcollation AND co.collname <> 'default' WHERE c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped AND n.nspname IN ('enforcement','judicial','administrative','lake','shared')",
                r => actual.Add($"{r.GetString(0)}.{r.GetString(1)}.{r.GetString(2)} {r.GetString(3)} {(r.GetBoolean(4) ? "NOT NULL" : "NULL")}"));
            await ReadAsync(connection, "SELECT t.relname, i.relname, ix.indisunique FROM pg_index ix JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_class t ON t.oid = ix.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace WHERE n.nspname IN ('enforcement','judicial','administrative','lake','shared') AND NOT ix.indisprimary",
                r => actualIndexes.Add($"{r.GetString(0)}:{r.GetString(1)}{(r.GetBoolean(2) ? " unique" : "")}"));
        }
        else
        {
            var tables = new List<string>();
            await ReadAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'hub_schema_migration'", r => tables.Add(r.GetString(0)));
            foreach (var table in tables)
            {
                await ReadAsync(connection, $"SELECT name, \"notnull\" FROM pragma_table_info('{table}')", r => actual.Add($".{table}.{r.GetString(0)} {(r.GetInt64(1) == 1 ? "NOT NULL" : "NULL")}"));
                await ReadAsync(connection, $"SELECT name, \"unique\" FROM pragma_index_list('{table}') WHERE origin = 'c'", r => actualIndexes.Add($"{table}:{r.GetString(0)}{(r.GetInt64(1) == 1 ? " unique" : "")}"));
            }
        }

        AssertSame(expected, actual);
        AssertSame(expectedIndexes, actualIndexes);
        Assert.Empty(await database.MigrateAsync());
        Assert.Equal(["0001_initial", "0002_lake_hit", "0003_admin_penalty_without_decision_no_index", "0004_declared_decimal_precision", "0005_byte_order_keys", "0006_supervision_data_sets", "0007_region_code",
            .. provider == DataProvider.Sqlite ? ["0008_sortable_instants"] : Array.Empty<string>(), "0009_court_data_sets"], SchemaMigrator.Migrations(provider).Select(m => m.Version));
    }

    /// <summary>
    /// The clue store's and the identity store's migrations give every table of their context with exactly its columns
    /// and their nullability (their indexes, and the identity store's column types, are declared in the SQL files alone).
    /// </summary>
    [Theory]
    [InlineData(DataProvider.Postgres)]
    [InlineData(DataProvider.Sqlite)]
    public async Task The_clue_and_identity_stores_have_the_columns_and_nullability_of_their_models(DataProvider provider)
    {
        var options = new HubDataOptions
        {
            Provider = provider,
            ConnectionString = provider == DataProvider.Postgres
                ? await PostgresServer.Shared.CreateDatabaseAsync("hub_stores")
                : $"Data Source={Path.Combine(Path.GetTempPath(), $"hub-stores-{Guid.NewGuid():N}.db")};Pooling=False",
        };
        await new HubDatabase(options, [SupervisionMigrations.Source, IdentityMigrations.Source]).MigrateAsync();
        var identityOptions = new DbContextOptionsBuilder<IdentityDbContext>().UseHubDatabase(options);
        await using var supervision = SupervisionContext.Create(options);
        await using var identity = new IdentityDbContext(identityOptions.Options);

        foreach (var context in new DbContext[] { supervision, identity })
        {
            var expected = new SortedSet<string>(StringComparer.Ordinal);
            var actual = new SortedSet<string>(StringComparer.Ordinal);
            var connection = context.Database.GetDbConnection();
            await connection.OpenAsync();
            var tables = context.GetService<IDesignTimeModel>().Model.GetRelationalModel().Tables.OrderBy(t => t.Name, StringComparer.Ordinal).ToArray();
            Assert.Equal(context is SupervisionContext
                    ? ["clue", "clue_evidence", "model_run"]
                    : ["agencies", "audit_records", "client_secrets", "clients", "failed_authentication_counts", "issued_tokens", "key_lookup_misses", "openiddict_applications", "openiddict_authorizations", "openiddict_scopes", "openiddict_tokens", "scopes", "signing_keys", "used_client_assertions", "users"],
                tables.Select(t => t.Name));
            foreach (var table in tables)
            {
                expected.UnionWith(table.Columns.Select(c => $"{table.Name}.{c.Name} {(c.IsNullable ? "NULL" : "NOT NULL")}"));
                await ReadAsync(connection, provider == DataProvider.Postgres
                        ? $"SELECT a.attname, a.attnotnull FROM pg_attribute a WHERE a.attrelid = '{table.Schema}.{table.Name}'::regclass AND a.attnum > 0 AND NOT a.attisdropped"
                        : $"SELECT name, \"notnull\" = 1 FROM pragma_table_info('{table.Name}')",
                    r => actual.Add($"{table.Name}.{r.GetString(0)} {(r.GetBoolean(1) ? "NOT NULL" : "NULL")}"));
            }

            AssertSame(expected, actual);
        }
    }

    /// <summary>Equal sets, or a failure that names each side's surplus.</summary>
    private static void AssertSame(SortedSet<string> model, SortedSet<string> database) =>
        Assert.True(model.SetEquals(database), $"model only: {string.Join("; ", model.Except(database))} | database only: {string.Join("; ", database.Except(model))}");

    private static async Task ReadAsync(DbConnection connection, string sql, Action<DbDataReader> row)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            row(reader);
        }
    }
}
