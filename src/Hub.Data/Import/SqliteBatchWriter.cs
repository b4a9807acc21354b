using Microsoft.Data.Sqlite;

namespace Hub.Data.Import;

/// <summary>
/// Stores batches in the embedded SQLite database with one prepared upsert per row inside a transaction per batch;
/// a row identical to the stored one is not touched.
/// </summary>
public sealed class SqliteBatchWriter : IBatchWriter
{
    private readonly SqliteConnection _connection;
    private readonly string _upsert;
    private readonly string _count;

    private SqliteBatchWriter(SqliteConnection connection, DataSetDescriptor dataSet)
    {
        _connection = connection;
        var columns = dataSet.StoredColumns.ToArray();
        var updates = string.Join(", ", columns.Select(c => $"\"{c}\" = excluded.\"{c}\""));
        var changed = string.Join(" OR ", columns.Select(c => $"\"{c}\" IS NOT excluded.\"{c}\""));
        _upsert = $"{SqliteRows.Insert(dataSet)} " +
                  $"ON CONFLICT (\"source_agency\", \"source_record_id\") DO UPDATE SET {updates}, \"ingested_at\" = excluded.\"ingested_at\" WHERE {changed}";
        _count = $"SELECT count(*) FROM \"{dataSet.Name}\"";
    }

    /// <summary>Opens a connection for one import.</summary>
    public static async Task<SqliteBatchWriter> OpenAsync(string connectionString, DataSetDescriptor dataSet, CancellationToken cancellationToken) =>
        new(await SqliteRows.OpenAsync(connectionString, cancellationToken), dataSet);

    /// <inheritdoc />
    public async Task<BatchResult> WriteAsync(ParsedBatch batch, CancellationToken cancellationToken)
    {
        var rows = batch.Rows;
        await using var transaction = (SqliteTransaction)await _connection.BeginTransactionAsync(cancellationToken);
        var before = await CountAsync(transaction, cancellationToken);
        var changed = await SqliteRows.WriteAsync(_connection, transaction, _upsert, rows, cancellationToken);
        await SqliteRows.RegisterAsync(_connection, transaction, batch.Entities, cancellationToken);
        var inserted = (int)(await CountAsync(transaction, cancellationToken) - before);
        await transaction.CommitAsync(cancellationToken);
        return new BatchResult(inserted, changed - inserted, rows.Count - changed);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    private async Task<long> CountAsync(SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = new SqliteCommand(_count, _connection, transaction);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
