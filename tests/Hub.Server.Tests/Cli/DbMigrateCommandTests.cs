using System.Security.Cryptography;
using Hub.Data.Hosting;
using Hub.Data.Migrations;
using Hub.Identity.Storage;
using Hub.Supervision.Store;
using Hub.Testing;
using Npgsql;

namespace Hub.Server.Tests.Cli;

/// <summary><c>hub db migrate</c> on a new PostgreSQL database: every store's schema, once.</summary>
public sealed class DbMigrateCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hub-db-migrate-").FullName;

    [Fact]
    public async Task Migrate_creates_the_shared_data_clue_store_and_identity_tables_then_finds_nothing_to_do()
    {
        var connectionString = await PostgresServer.Shared.CreateDatabaseAsync("hub_db_migrate");
        var environment = new Dictionary<string, string>
        {
            ["Hub__DataFolder"] = Path.Combine(_folder, "data"),
            ["Hub__Database__Provider"] = "PostgreSql",
            ["Hub__Database__ConnectionString"] = connectionString,
        };
        var versions = new[] { MigrationSource.Data, SupervisionMigrations.Source, IdentityMigrations.Source }
            .SelectMany(source => source.For(DataProvider.Postgres)).Select(m => m.Version).ToArray();

        var first = await HubProcess.RunAsync(_folder, environment, "db", "migrate");
        var second = await HubProcess.RunAsync(_folder, environment, "db", "migrate");

        Assert.Equal((0, $"Applied {versions.Length} migration(s) to the Postgres database: {string.Join(", ", versions)}.", ""),
            (first.ExitCode, first.Output.Trim(), first.Error));
        Assert.Equal((0, "The Postgres database is up to date.", ""), (second.ExitCode, second.Output.Trim(), second.Error));
        Assert.Contains("supervision/0001_clue_store", versions);
        Assert.Contains("identity/0001_identity_store", versions);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT string_agg(tablename, ',' ORDER BY tablename) FROM pg_tables WHERE schemaname IN ('identity', 'supervision')", connection);
        Assert.Equal("agencies,audit_records,client_secrets,clients,clue,clue_evidence,failed_authentication_counts,issued_tokens,key_lookup_misses,model_run,openiddict_applications,openiddict_authorizations,openiddict_scopes,openiddict_tokens,scopes,signing_keys,used_client_assertions,users",
            await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Settings_on_the_command_line_choose_the_database_of_migrate_and_import()
    {
        var connectionString = await PostgresServer.Shared.CreateDatabaseAsync("hub_cli_settings");
        var environment = new Dictionary<string, string>
        {
            ["Hub__DataFolder"] = Path.Combine(_folder, "data"),
            ["Identity__KeyEncryptionKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        };
        var file = Path.Combine(_folder, "admin_penalty.csv");
        await File.WriteAllLinesAsync(file,
        [
            "agency_kind,decision_date,decision_no,penalty_types,person_id_number,source_agency,source_record_id,violation_type",
            "PSB,2025-03-01,D-1,FINE,11010519491231002X,PSB-430281,PSB-1,gambling",
        ]);

        // Both forms: the value after "=" and as the next argument; before and after the command's own arguments.
        var migrate = await HubProcess.RunAsync(_folder, environment,
            "--Hub:Database:Provider=PostgreSql", "db", "migrate", "--Hub:Database:ConnectionString", connectionString);
        var apply = await HubProcess.RunAsync(_folder, environment,
            "policies", "apply", "--Hub:Database:Provider=PostgreSql", $"--Hub:Database:ConnectionString={connectionString}");
        var import = await HubProcess.RunAsync(_folder, environment,
            "data", "import", "admin_penalty", file, "--Hub:Database:Provider=PostgreSql", $"--Hub:Database:ConnectionString={connectionString}");

        Assert.True(migrate.ExitCode == 0, migrate.Error);
        Assert.StartsWith("Applied ", migrate.Output.Trim(), StringComparison.Ordinal);
        Assert.Contains(" migration(s) to the Postgres database: ", migrate.Output, StringComparison.Ordinal);
        Assert.True(apply.ExitCode == 0, apply.Error);
        Assert.True(import.ExitCode == 0, import.Error);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT string_agg(decision_no, ',') FROM enforcement.admin_penalty", connection);
        Assert.Equal("D-1", await command.ExecuteScalarAsync());
        Assert.False(File.Exists(Path.Combine(_folder, "data", "hub.db")), "The command used the embedded SQLite database instead of the one on its command line.");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
