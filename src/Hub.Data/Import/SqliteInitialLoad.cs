using System.Data;
using Microsoft.Data.Sqlite;

namespace Hub.Data.Import;

/// <summary>
/// The first load of an empty data set on SQLite, as one transaction, like <see cref="PostgresInitialLoad"/>: the
/// table's indexes are dropped, every batch is inserted plainly (the table was empty and the reader has already
/// dropped in-file duplicates, so there is nothing to upsert against), and the indexes are created again from the
/// loaded rows before the commit, a sort instead of a million random B-tree insertions. A failure or a <c>kill -9</c>
/// leaves the table as it was, empty and with every index: SQLite's journal rolls the transaction back.
/// </summary>
public sealed class SqliteInitialLoad : IBatchWriter
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly IReadOnlyList<string> _rebuild;
    private readonly string _insert;

    private SqliteInitialLoad(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<string> rebuild, DataSetDescriptor dataSet)
    {
        (_connection, _transaction, _rebuild) = (connection, transaction, rebuild);
        _insert = SqliteRows.Insert(dataSet);
    }

    /// <summary>
    /// Takes the database's write lock and, when the data set's table is empty, begins the load; otherwise returns null
    /// (the import then upserts batch by batch).
    /// </summary>
    public static async Task<SqliteInitialLoad?> TryBeginAsync(string connectionString, DataSetDescriptor dataSet, CancellationToken cancellationToken)
    {
        var connection = await SqliteRows.OpenAsync(connectionString, cancellationToken);
        try
        {
            // BEGIN IMMEDIATE: no other writer can add a row between the emptiness check and the commit.
            var transaction = connection.BeginTransaction(IsolationLevel.Serializable, deferred: false);
            if (!await IsEmptyAsync(connection, transaction, dataSet.Name, cancellationToken))
            {
                await connection.DisposeAsync();
                return null;
            }

            var indexes = await IndexesAsync(connection, transaction, dataSet.Name, cancellationToken);
            foreach (var (name, _) in indexes)
            {
                await SqliteRows.ExecuteAsync(connection, transaction, $"DROP INDEX \"{name}\"", cancellationToken);
            }

            return new SqliteInitialLoad(connection, transaction, indexes.Select(i => i.Sql).ToArray(), dataSet);
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
        await SqliteRows.WriteAsync(_connection, _transaction, _insert, batch.Rows, cancellationToken);
        await SqliteRows.RegisterAsync(_connection, _transaction, batch.Entities, cancellationToken);
        return new BatchResult(batch.Rows.Count, 0, 0);
    }

    /// <summary>Creates the indexes again and commits.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        foreach (var statement in _rebuild)
        {
            // A unique key the rows violate fails here, and the whole load rolls back.
            await SqliteRows.ExecuteAsync(_connection, _transaction, statement, cancellationToken);
        }

        await _transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
    }

    private static async Task<bool> IsEmptyAsync(SqliteConnection connection, SqliteTransaction transaction, string table, CancellationToken cancellationToken)
    {
        await using var command = new SqliteCommand($"SELECT NOT EXISTS (SELECT 1 FROM \"{table}\")", connection, transaction);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))! == 1;
    }

    /// <summary>The table's indexes with the statements that create them (those SQLite makes itself have none and stay).</summary>
    private static async Task<List<(string Name, string Sql)>> IndexesAsync(SqliteConnection connection, SqliteTransaction transaction, string table, CancellationToken cancellationToken)
    {
        await using var command = new SqliteCommand("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = $table AND sql IS NOT NULL", connection, transaction);
        command.Parameters.AddWithValue("$table", table);
        var indexes = new List<(string, string)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            indexes.Add((reader.GetString(0), reader.GetString(1)));
        }

        return indexes;
    }
}
