using System.Data.Common;
using Hub.Data.Hosting;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Hub.Data.Migrations;

/// <summary>
/// Applies the versioned SQL migrations embedded under <c>Migrations/Postgres</c> or <c>Migrations/Sqlite</c>
/// (files <c>NNNN_name.sql</c>), then those of the domain modules (<see cref="MigrationSource"/>), each in its own transaction, recording them in <c>hub_schema_migration</c>.
/// On PostgreSQL an advisory lock keeps concurrent starts from racing.
/// </summary>
public static class SchemaMigrator
{
    private const long LockId = 0x4855425F44415441; // "HUB_DATA"

    /// <summary>The shared-data migrations shipped for a provider, in version order.</summary>
    public static IReadOnlyList<(string Version, string Sql)> Migrations(DataProvider provider) => MigrationSource.Data.For(provider);

    /// <summary>
    /// Applies what is missing, the shared-data migrations first and then those of each module in the order given;
    /// returns the versions applied now.
    /// </summary>
    public static async Task<IReadOnlyList<string>> ApplyAsync(DataProvider provider, string connectionString, CancellationToken cancellationToken = default,
        IReadOnlyList<MigrationSource>? modules = null)
    {
        await using DbConnection connection = provider == DataProvider.Postgres
            ? new NpgsqlConnection(connectionString)
            : new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, null,
            "CREATE TABLE IF NOT EXISTS hub_schema_migration (version VARCHAR(128) PRIMARY KEY, applied_at VARCHAR(40) NOT NULL)", cancellationToken);
        var applied = new List<string>();
        foreach (var (version, sql) in new[] { MigrationSource.Data }.Concat(modules ?? []).SelectMany(source => source.For(provider)))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            if (provider == DataProvider.Postgres)
            {
                await ExecuteAsync(connection, transaction, $"SELECT pg_advisory_xact_lock({LockId})", cancellationToken);
            }

            await using (var check = connection.CreateCommand())
            {
                check.Transaction = transaction;
                check.CommandText = $"SELECT count(*) FROM hub_schema_migration WHERE version = '{version}'";
                if (Convert.ToInt64(await check.ExecuteScalarAsync(cancellationToken)) > 0)
                {
                    continue;
                }
            }

            await ExecuteAsync(connection, transaction, sql, cancellationToken);
            await ExecuteAsync(connection, transaction,
                $"INSERT INTO hub_schema_migration (version, applied_at) VALUES ('{version}', '{DateTimeOffset.UtcNow:O}')", cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            applied.Add(version);
        }

        return applied;
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
