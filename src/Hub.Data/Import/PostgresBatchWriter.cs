using Npgsql;
using NpgsqlTypes;
using static Hub.Data.Import.PostgresCopy;

namespace Hub.Data.Import;

/// <summary>
/// Stores batches in PostgreSQL, each in one transaction, so a killed import leaves whole batches only. A batch whose
/// rows are new (the usual bulk load) is binary-copied straight into the data set's table; a batch that meets stored
/// rows is copied into a temporary staging table and merged: changed rows updated, new rows inserted, identical rows
/// left alone. The unique index on (source agency, source record id) decides: a direct copy that hits a stored key
/// rolls back to a savepoint and merges instead.
/// </summary>
public sealed class PostgresBatchWriter : IBatchWriter
{
    private readonly NpgsqlConnection _connection;
    private readonly DataSetDescriptor _dataSet;
    private readonly PostgresEntityWriter _entities;
    private readonly int _columns;
    private readonly string _table;
    private readonly string _list;
    private readonly string _probe;
    private readonly string _update;
    private readonly string _insert;

    private PostgresBatchWriter(NpgsqlConnection connection, DataSetDescriptor dataSet)
    {
        _connection = connection;
        _dataSet = dataSet;
        _entities = new PostgresEntityWriter(connection);
        var columns = dataSet.StoredColumns.ToArray();
        _columns = columns.Length;
        _table = $"{Quote(dataSet.Schema)}.{Quote(dataSet.Name)}";
        _list = string.Join(", ", columns.Select(Quote));
        var match = "t.\"source_agency\" = s.\"source_agency\" AND t.\"source_record_id\" = s.\"source_record_id\"";
        _probe = $"SELECT now(), EXISTS (SELECT 1 FROM {_table} WHERE \"source_agency\" = $1 AND \"source_record_id\" = $2)";
        _update = $"UPDATE {_table} AS t SET {string.Join(", ", columns.Select(c => $"{Quote(c)} = s.{Quote(c)}"))}, \"ingested_at\" = now() " +
                  $"FROM hub_stage AS s WHERE {match} AND ({string.Join(", ", columns.Select(c => $"t.{Quote(c)}"))}) " +
                  $"IS DISTINCT FROM ({string.Join(", ", columns.Select(c => $"s.{Quote(c)}"))})";
        // A plain insert behind an anti-join is much cheaper in bulk than ON CONFLICT's speculative insertion; the unique
        // index still guards against a concurrent import of the same rows (that batch then fails whole and can be re-run).
        _insert = $"INSERT INTO {_table} ({_list}, \"ingested_at\") SELECT {string.Join(", ", columns.Select(c => $"s.{Quote(c)}"))}, now() " +
                  $"FROM hub_stage AS s WHERE NOT EXISTS (SELECT 1 FROM {_table} AS t WHERE {match})";
    }

    /// <summary>Opens a connection for one import.</summary>
    public static async Task<PostgresBatchWriter> OpenAsync(string connectionString, DataSetDescriptor dataSet, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return new PostgresBatchWriter(connection, dataSet);
    }

    /// <inheritdoc />
    public async Task<BatchResult> WriteAsync(ParsedBatch batch, CancellationToken cancellationToken)
    {
        var rows = batch.Rows;
        await using var transaction = await _connection.BeginTransactionAsync(cancellationToken);
        var (now, firstIsStored) = await ProbeAsync(rows[0], cancellationToken);
        var result = !firstIsStored && await TryAsNewAsync(transaction, () => CopyAsync(_table, rows, now, cancellationToken), cancellationToken)
            ? new BatchResult(rows.Count, 0, 0)
            : await MergeAsync(rows, cancellationToken);
        await _entities.RegisterAsync(transaction, batch.Entities, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    /// <summary>The transaction's timestamp (stored as <c>ingested_at</c>) and whether the batch's first key is already stored.</summary>
    private async Task<(DateTime Now, bool FirstIsStored)> ProbeAsync(ParsedRow first, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(_probe, _connection);
        command.Parameters.Add(new NpgsqlParameter { Value = first.Values[_dataSet.AgencyColumn], NpgsqlDbType = NpgsqlDbType.Varchar });
        command.Parameters.Add(new NpgsqlParameter { Value = first.Values[_dataSet.RecordIdColumn], NpgsqlDbType = NpgsqlDbType.Varchar });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.GetFieldValue<DateTime>(0), reader.GetBoolean(1));
    }

    private Task CopyAsync(string target, IReadOnlyList<ParsedRow> rows, DateTime? ingestedAt, CancellationToken cancellationToken) =>
        ingestedAt is { } now
            ? BinaryCopyWriter.CopyAsync(_connection, $"{target} ({_list}, \"ingested_at\")", rows, _columns + 1, (row, i) => i == _columns ? now : row.Values[i], cancellationToken)
            : BinaryCopyWriter.CopyAsync(_connection, $"{target} ({_list})", rows, _columns, (row, i) => row.Values[i], cancellationToken);

    private async Task<BatchResult> MergeAsync(IReadOnlyList<ParsedRow> rows, CancellationToken cancellationToken)
    {
        await ExecuteAsync(_connection, $"CREATE TEMP TABLE hub_stage ON COMMIT DROP AS SELECT {_list} FROM {_table} WITH NO DATA", cancellationToken);
        await CopyAsync("hub_stage", rows, null, cancellationToken);
        await ExecuteAsync(_connection, "ANALYZE hub_stage", cancellationToken);
        var updated = await ExecuteAsync(_connection, _update, cancellationToken);
        var inserted = await ExecuteAsync(_connection, _insert, cancellationToken);
        return new BatchResult(inserted, updated, rows.Count - inserted - updated);
    }
}
