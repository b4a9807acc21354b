using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using Hub.Data.Hosting;
using Hub.Data.Migrations;
using Hub.Identity.Administration;
using Hub.Identity.Storage;
using Hub.Testing;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Hub.Identity.Tests;

/// <summary>
/// Hubs before the SQL migrations created the identity store through an EF Core migration recorded in
/// <c>identity."__identity_migrations"</c>; such a database must upgrade without its tables being created again.
/// </summary>
public sealed class IdentityStoreUpgradeTests
{
    [Fact]
    public async Task A_postgres_identity_store_created_by_the_ef_core_migration_is_recorded_as_migrated_and_keeps_its_rows()
    {
        var connectionString = await PostgresServer.Shared.CreateDatabaseAsync("hub_identity_upgrade");
        await CreateAsEarlierHubsDidAsync(connectionString);

        var server = await IdentityTestServer.StartAsync("postgres", connectionString, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        await using (server)
        {
            await server.GetRequiredService<IdentityAdministration>().CreateAgencyAsync("SPP-430211", "Second procuratorate", "procuratorate", "430211", "test");
        }

        // The EF Core schema is recorded as the first file; the user accounts, shared counters, client switch and sign-in grants that came after it are added to it.
        Assert.Equal(["identity/0001_identity_store", "identity/0002_user_accounts", "identity/0003_shared_counters", "identity/0004_client_disabled", "identity/0005_sign_in_grants"], await ScalarsAsync(connectionString, "SELECT version FROM hub_schema_migration ORDER BY version"));
        Assert.Equal(["SPP-430211", "SPP-430281"], await ScalarsAsync(connectionString, "SELECT \"Code\" FROM identity.agencies ORDER BY \"Code\""));
        Assert.Equal(["1"], await ScalarsAsync(connectionString, "SELECT count(*)::text FROM identity.signing_keys"));
        Assert.Empty(await SchemaMigrator.ApplyAsync(DataProvider.Postgres, connectionString, [IdentityMigrations.Source]));
    }

    [Fact]
    public async Task A_new_postgres_database_gets_the_identity_store_from_the_sql_migration()
    {
        var connectionString = await PostgresServer.Shared.CreateDatabaseAsync("hub_identity_new");

        Assert.Equal(["identity/0001_identity_store", "identity/0002_user_accounts", "identity/0003_shared_counters", "identity/0004_client_disabled", "identity/0005_sign_in_grants"], await SchemaMigrator.ApplyAsync(DataProvider.Postgres, connectionString, [IdentityMigrations.Source]));

        Assert.Equal(["agencies", "audit_records", "client_secrets", "clients", "failed_authentication_counts", "issued_tokens", "key_lookup_misses", "openiddict_applications", "openiddict_authorizations", "openiddict_scopes", "openiddict_tokens", "scopes", "signing_keys", "used_client_assertions", "users"],
            await ScalarsAsync(connectionString, "SELECT tablename::text FROM pg_tables WHERE schemaname = 'identity' ORDER BY tablename"));
        var error = await Assert.ThrowsAsync<PostgresException>(() => ScalarsAsync(connectionString,
            "INSERT INTO identity.audit_records (\"OccurredAt\", \"Action\", \"Actor\", \"Subject\", \"Detail\") VALUES (now(), 'a', 'b', 'c', 'd'); DELETE FROM identity.audit_records RETURNING \"Action\""));
        Assert.Equal("identity.audit_records is append-only", error.MessageText);
    }

    [Fact]
    public async Task An_sqlite_identity_store_created_by_the_ef_core_migration_is_recorded_as_migrated_and_keeps_its_rows()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("hub-identity-upgrade-").FullName, "hub.db");
        var connectionString = $"Data Source={file};Pooling=False";
        await ScalarsAsync(new SqliteConnection(connectionString), IdentityMigrations.Source.For(DataProvider.Sqlite)[0].Sql + """
            ;
            CREATE TABLE "__identity_migrations" ("MigrationId" TEXT NOT NULL CONSTRAINT "PK___identity_migrations" PRIMARY KEY, "ProductVersion" TEXT NOT NULL);
            INSERT INTO "__identity_migrations" VALUES ('20261121230000_InitialIdentitySchema', '10.0.15');
            INSERT INTO agencies VALUES ('6f1c8e9a-0000-4000-8000-000000000001', 'SPP-430281', 'Procuratorate', 'procuratorate', '430281', 0, 0);
            """);

        Assert.Equal(["identity/0001_identity_store", "identity/0002_user_accounts", "identity/0003_shared_counters", "identity/0004_client_disabled", "identity/0005_sign_in_grants"], await SchemaMigrator.ApplyAsync(DataProvider.Sqlite, connectionString, [IdentityMigrations.Source]));

        Assert.Equal(["SPP-430281"], await ScalarsAsync(new SqliteConnection(connectionString), "SELECT \"Code\" FROM agencies"));
        Assert.Empty(await SchemaMigrator.ApplyAsync(DataProvider.Sqlite, connectionString, [IdentityMigrations.Source]));
    }

    /// <summary>
    /// The schema as the EF Core migration <c>20261121230000_InitialIdentitySchema</c> left it (the same tables, indexes and
    /// trigger as the SQL file), its history row, and one agency.
    /// </summary>
    private static async Task CreateAsEarlierHubsDidAsync(string connectionString)
    {
        await ScalarsAsync(new NpgsqlConnection(connectionString), IdentityMigrations.Source.For(DataProvider.Postgres)[0].Sql + """
            ;
            CREATE TABLE identity."__identity_migrations" ("MigrationId" character varying(150) NOT NULL PRIMARY KEY, "ProductVersion" character varying(32) NOT NULL);
            INSERT INTO identity."__identity_migrations" VALUES ('20261121230000_InitialIdentitySchema', '10.0.15');
            INSERT INTO identity.agencies VALUES ('6f1c8e9a-0000-4000-8000-000000000001', 'SPP-430281', 'Procuratorate', 'procuratorate', '430281', false, now());
            """);
    }

    private static Task<List<string>> ScalarsAsync(string connectionString, string sql) => ScalarsAsync(new NpgsqlConnection(connectionString), sql);

    /// <summary>The first column of every row <paramref name="sql"/> returns, as text; the connection is closed after.</summary>
    private static async Task<List<string>> ScalarsAsync(DbConnection connection, string sql)
    {
        await using var _ = connection;
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture)!);
        }

        return values;
    }
}
