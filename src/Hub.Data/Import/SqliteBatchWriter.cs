using Microsoft.Data.Sqlite;

namespace Hub.Data.Import;

/// <summary>
/// Stores batches in the embedded SQLite database with one prepared upsert per row inside a transaction per batch;
/// a row identical to the stored one is not touched.
/// </summary>
public sealed class SqliteBatchWriter : IBatchWriter
{
    private readonly SqliteConnection _connection;
    private readonly string[] _columns;
    private readonly string _upsert;
    private readonly string _count;

    private SqliteBatchWriter(SqliteConnection connection, DataSetDescriptor dataSet)
    {
        _connection = connection;
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
    public async Task<BatchResult> WriteAsync(ParsedBatch batch, CancellationToken cancellationToken)
    {
        var rows = batch.Rows;
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

        await RegisterSharedEntitiesAsync(batch.Entities, transaction, cancellationToken);
        var inserted = (int)(await CountAsync(transaction, cancellationToken) - before);
        await transaction.CommitAsync(cancellationToken);
        return new BatchResult(inserted, changed - inserted, rows.Count - changed);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    private async Task RegisterSharedEntitiesAsync(BatchEntities entities, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        await InsertNewAsync(transaction, "INSERT INTO \"person\" (\"id_number\", \"birth_date\", \"sex\", \"region_code\") VALUES ($0, $1, $2, $3) ON CONFLICT DO NOTHING",
            entities.Persons.Select(p => new object[] { p.IdNumber, p.BirthDate, p.Sex, p.RegionCode }), cancellationToken);
        await InsertNewAsync(transaction, "INSERT INTO \"organization\" (\"uscc\", \"entity_type_code\", \"region_code\") VALUES ($0, $1, $2) ON CONFLICT DO NOTHING",
            entities.Organizations.Select(o => new object[] { o.Uscc, o.EntityTypeCode, o.RegionCode }), cancellationToken);
    }

    private async Task InsertNewAsync(SqliteTransaction transaction, string sql, IEnumerable<object[]> rows, CancellationToken cancellationToken)
    {
        await using var insert = new SqliteCommand(sql, _connection, transaction);
        SqliteParameter[]? parameters = null;
        foreach (var row in rows)
        {
            parameters ??= row.Select((_, i) => insert.Parameters.Add(new SqliteParameter($"${i}", null))).ToArray();
            for (var i = 0; i < row.Length; i++)
            {
                parameters[i].Value = row[i];
            }

            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private async Task<long> CountAsync(SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = new SqliteCommand(_count, _connection, transaction);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
