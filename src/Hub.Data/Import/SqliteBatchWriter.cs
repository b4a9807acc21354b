using Microsoft.Data.Sqlite;

namespace Hub.Data.Import;

/// <summary>
/// Stores batches in the embedded SQLite database with one prepared upsert per row inside a transaction per batch;
/// a row identical to the stored one is not touched.
/// </summary>
public sealed class SqliteBatchWriter : IBatchWriter
{
    private readonly SqliteConnection _connection;
    private readonly DataSetDescriptor _dataSet;
    private readonly string[] _columns;
    private readonly string _upsert;
    private readonly string _count;

    private SqliteBatchWriter(SqliteConnection connection, DataSetDescriptor dataSet)
    {
        _connection = connection;
        _dataSet = dataSet;
        _columns = dataSet.StoredColumns.ToArray();
        var table = $"\"{dataSet.Name}\"";
        var list = string.Join(", ", _columns.Select(c => $"\"{c}\""));
        var parameters = string.Join(", ", _columns.Select((_, i) => $"$p{i}"));
        var updates = string.Join(", ", _columns.Select(c => $"\"{c}\" = excluded.\"{c}\""));
        var changed = string.Join(" OR ", _columns.Select(c => $"\"{c}\" IS NOT excluded.\"{c}\""));
        _upsert = $"INSERT INTO {table} ({list}, \"ingested_at\") VALUES ({parameters}, $now) " +
                  $"ON CONFLICT (\"source_agency\", \"source_record_id\") DO UPDATE SET {updates}, \"ingested_at\" = excluded.\"ingested_at\" WHERE {changed}";
        _count = $"SELECT count(*) FROM {table}";
    }

    /// <summary>Opens a connection for one import.</summary>
    public static async Task<SqliteBatchWriter> OpenAsync(string connectionString, DataSetDescriptor dataSet, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return new SqliteBatchWriter(connection, dataSet);
    }

    /// <inheritdoc />
    public async Task<BatchResult> WriteAsync(IReadOnlyList<ParsedRow> rows, CancellationToken cancellationToken)
    {
        await using var transaction = (SqliteTransaction)await _connection.BeginTransactionAsync(cancellationToken);
        var before = await CountAsync(transaction, cancellationToken);
        await using var command = new SqliteCommand(_upsert, _connection, transaction);
        var parameters = _columns.Select((_, i) => command.Parameters.Add(new SqliteParameter($"$p{i}", null))).ToArray();
        command.Parameters.AddWithValue("$now", DateTimeOffset.UtcNow);
        command.Prepare();
        var changed = 0;
        foreach (var row in rows)
        {
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i].Value = row.Values[i] ?? DBNull.Value;
            }

            changed += await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var stage = new SqliteCommand("CREATE TEMP TABLE hub_stage AS SELECT * FROM \"" + _dataSet.Name + "\" WHERE 0", _connection, transaction))
        {
            await stage.ExecuteNonQueryAsync(cancellationToken);
        }

        await RegisterSharedEntitiesAsync(rows, transaction, cancellationToken);
        var inserted = (int)(await CountAsync(transaction, cancellationToken) - before);
        await transaction.CommitAsync(cancellationToken);
        return new BatchResult(inserted, changed - inserted, rows.Count - changed);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    private async Task RegisterSharedEntitiesAsync(IReadOnlyList<ParsedRow> rows, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        // The batch's key columns go through a temporary table so the shared-entity SQL is the same as PostgreSQL's.
        var keyColumns = _dataSet.FileColumns.Where(c => c.Key is not null).Select(c => c.Name).Concat(_dataSet.QualityColumns).ToArray();
        var fill = $"INSERT INTO hub_stage ({string.Join(", ", keyColumns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", keyColumns.Select((_, i) => $"$k{i}"))})";
        if (keyColumns.Length > 0)
        {
            await using var insert = new SqliteCommand(fill, _connection, transaction);
            var parameters = keyColumns.Select((_, i) => insert.Parameters.Add(new SqliteParameter($"$k{i}", null))).ToArray();
            var positions = keyColumns.Select(c => Array.IndexOf(_columns, c)).ToArray();
            foreach (var row in rows)
            {
                for (var i = 0; i < parameters.Length; i++)
                {
                    parameters[i].Value = row.Values[positions[i]] ?? DBNull.Value;
                }

                await insert.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        foreach (var statement in SharedEntitySql.Statements(_dataSet, "hub_stage", postgres: false))
        {
            await using var command = new SqliteCommand(statement, _connection, transaction);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var drop = new SqliteCommand("DROP TABLE temp.hub_stage", _connection, transaction);
        await drop.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<long> CountAsync(SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = new SqliteCommand(_count, _connection, transaction);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
