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
    public static Task<IReadOnlyList<string>> ApplyAsync(DataProvider provider, string connectionString, CancellationToken cancellationToken = default,
        IReadOnlyList<MigrationSource>? modules = null) =>
        ApplyAsync(provider, connectionString, [MigrationSource.Data, .. modules ?? []], cancellationToken);

    /// <summary>Applies what is missing of exactly <paramref name="sources"/>, in the order given; returns the versions applied now.</summary>
    public static async Task<IReadOnlyList<string>> ApplyAsync(DataProvider provider, string connectionString, IReadOnlyList<MigrationSource> sources,
        CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = provider == DataProvider.Postgres
            ? new NpgsqlConnection(connectionString)
            : new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, null,
            "CREATE TABLE IF NOT EXISTS hub_schema_migration (version VARCHAR(128) PRIMARY KEY, applied_at VARCHAR(40) NOT NULL)", cancellationToken);
        var applied = new List<string>();
        foreach (var (source, version, sql) in sources.SelectMany(source => source.For(provider).Select(m => (source, m.Version, m.Sql))))
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

            if (!await IsAdoptedAsync(connection, transaction, source, version, provider, cancellationToken))
            {
                await ExecuteAsync(connection, transaction, sql, cancellationToken);
            }

            await ExecuteAsync(connection, transaction,
                $"INSERT INTO hub_schema_migration (version, applied_at) VALUES ('{version}', '{DateTimeOffset.UtcNow:O}')", cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            applied.Add(version);
        }

        return applied;
    }

    /// <summary>Whether <paramref name="version"/> is its source's first and its schema was already created by an earlier mechanism.</summary>
    private static async Task<bool> IsAdoptedAsync(DbConnection connection, DbTransaction transaction, MigrationSource source, string version,
        DataProvider provider, CancellationToken cancellationToken)
    {
        if (source.AdoptedWhen is null || source.For(provider)[0].Version != version)
        {
            return false;
        }

        await using var check = connection.CreateCommand();
        check.Transaction = transaction;
        check.CommandText = source.AdoptedWhen(provider);
        return Convert.ToInt64(await check.ExecuteScalarAsync(cancellationToken)) > 0;
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
