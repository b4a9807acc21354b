using Npgsql;
using static Hub.Data.Import.PostgresCopy;

namespace Hub.Data.Import;

/// <summary>
/// The first load of an empty data set on PostgreSQL, as one transaction: the table is locked, its indexes and key
/// constraints are dropped, every batch is copied straight in, and the indexes are rebuilt from the loaded rows before
/// the commit. PostgreSQL builds a B-tree from sorted input several times faster than it maintains one row by row.
/// Because the drops belong to the transaction, a failure or a <c>kill -9</c> leaves the table as it was: empty, with
/// every index, and a re-run starts the load again.
/// </summary>
public sealed class PostgresInitialLoad : IBatchWriter
{
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;
    private readonly DateTime _now;
    private readonly IReadOnlyList<string> _rebuild;
    private readonly PostgresLoadEntities _entities;
    private readonly string _target;
    private readonly int _columns;

    private PostgresInitialLoad(NpgsqlConnection connection, NpgsqlTransaction transaction, DateTime now, IReadOnlyList<string> rebuild, DataSetDescriptor dataSet)
    {
        (_connection, _transaction, _now, _rebuild) = (connection, transaction, now, rebuild);
        _entities = new PostgresLoadEntities(connection, transaction);
        var columns = dataSet.StoredColumns.ToArray();
        _columns = columns.Length;
        _target = $"{Quote(dataSet.Schema)}.{Quote(dataSet.Name)} ({string.Join(", ", columns.Select(Quote))}, \"ingested_at\")";
    }

    /// <summary>
    /// Locks the data set's table and, when it is empty, begins the load; otherwise returns null (the import then merges
    /// batch by batch). The lock, taken by the first DROP anyway, keeps readers and writers out until the commit.
    /// </summary>
    public static async Task<PostgresInitialLoad?> TryBeginAsync(string connectionString, DataSetDescriptor dataSet, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var table = $"{Quote(dataSet.Schema)}.{Quote(dataSet.Name)}";
            await ExecuteAsync(connection, $"LOCK TABLE {table} IN ACCESS EXCLUSIVE MODE", cancellationToken);
            var (now, empty) = await ProbeAsync(connection, table, cancellationToken);
            if (!empty)
            {
                await connection.DisposeAsync();
                return null;
            }

            var (drop, rebuild) = await IndexesAsync(connection, table, cancellationToken);
            foreach (var statement in drop)
            {
                await ExecuteAsync(connection, statement, cancellationToken);
            }

            return new PostgresInitialLoad(connection, transaction, now, rebuild, dataSet);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <inheritdoc />
    public async Task<BatchResult> WriteAsync(ParsedBatch batch, CancellationToken cancellationToken)
    {
        await BinaryCopyWriter.CopyAsync(_connection, _target, batch.Rows, _columns + 1, (row, i) => i == _columns ? _now : row.Values[i], cancellationToken);
        await _entities.CollectAsync(batch.Entities, cancellationToken);
        return new BatchResult(batch.Rows.Count, 0, 0);
    }

    /// <summary>Registers the load's persons and organisations, builds the indexes and constraints again, and commits.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        await _entities.RegisterAsync(cancellationToken);
        foreach (var statement in _rebuild)
        {
            // A unique key the rows violate fails here, and the whole load rolls back.
            await ExecuteAsync(_connection, statement, cancellationToken);
        }

        await _transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
    }

    private static async Task<(DateTime Now, bool Empty)> ProbeAsync(NpgsqlConnection connection, string table, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT now(), NOT EXISTS (SELECT 1 FROM {table})", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.GetFieldValue<DateTime>(0), reader.GetBoolean(1));
    }

    /// <summary>
    /// The statements that drop the table's indexes and key constraints, and those that rebuild them exactly as they are
    /// (constraints first, so the primary key comes back before the indexes). An index another table's foreign key
    /// depends on stays.
    /// </summary>
    private static async Task<(List<string> Drop, List<string> Rebuild)> IndexesAsync(NpgsqlConnection connection, string table, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT c.conname::text, pg_get_constraintdef(c.oid), NULL
              FROM pg_constraint c
             WHERE c.conrelid = $1::regclass AND c.contype IN ('p', 'u')
               AND NOT EXISTS (SELECT 1 FROM pg_constraint f WHERE f.contype = 'f' AND f.conindid = c.conindid)
            UNION ALL
            SELECT i.indexrelid::regclass::text, NULL, pg_get_indexdef(i.indexrelid)
              FROM pg_index i
             WHERE i.indrelid = $1::regclass
               AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
            """;
        var (drop, rebuild) = (new List<string>(), new List<string>());
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = table });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var name = reader.GetString(0);
            if (reader.IsDBNull(2))
            {
                drop.Add($"ALTER TABLE {table} DROP CONSTRAINT {Quote(name)}");
                rebuild.Add($"ALTER TABLE {table} ADD CONSTRAINT {Quote(name)} {reader.GetString(1)}");
            }
            else
            {
                drop.Add($"DROP INDEX {name}");
                rebuild.Add(reader.GetString(2));
            }
        }

        return (drop, rebuild);
    }
}
