using Npgsql;
using NpgsqlTypes;

namespace Hub.Data.Import;

/// <summary>
/// Stores batches in PostgreSQL: binary COPY into a temporary staging table, then an update of changed rows and an insert of new ones into the data set's
/// table, all inside one transaction, so a killed import leaves whole batches only.
/// </summary>
public sealed class PostgresBatchWriter : IBatchWriter
{
    private readonly NpgsqlConnection _connection;
    private readonly DataSetDescriptor _dataSet;
    private readonly string[] _columns;
    private readonly NpgsqlDbType[] _types;
    private readonly string _update;
    private readonly string _insert;

    private PostgresBatchWriter(NpgsqlConnection connection, DataSetDescriptor dataSet)
    {
        _connection = connection;
        _dataSet = dataSet;
        _columns = dataSet.StoredColumns.ToArray();
        _types = dataSet.FileColumns.Select(c => TypeOf(c.ValueType))
            .Concat(dataSet.QualityColumns.Select(_ => NpgsqlDbType.Varchar)).ToArray();
        var list = string.Join(", ", _columns.Select(Quote));
        var updates = string.Join(", ", _columns.Select(c => $"{Quote(c)} = s.{Quote(c)}"));
        var current = string.Join(", ", _columns.Select(c => $"t.{Quote(c)}"));
        var incoming = string.Join(", ", _columns.Select(c => $"s.{Quote(c)}"));
        var match = "t.\"source_agency\" = s.\"source_agency\" AND t.\"source_record_id\" = s.\"source_record_id\"";
        _update = $"UPDATE {Table} AS t SET {updates}, \"ingested_at\" = now() FROM hub_stage AS s " +
                  $"WHERE {match} AND ({current}) IS DISTINCT FROM ({incoming})";
        // A plain insert behind an anti-join is much cheaper in bulk than ON CONFLICT's speculative insertion; the unique
        // index still guards against a concurrent import of the same rows (that batch then fails whole and can be re-run).
        _insert = $"INSERT INTO {Table} ({list}, \"ingested_at\") SELECT {string.Join(", ", _columns.Select(c => $"s.{Quote(c)}"))}, now() " +
                  $"FROM hub_stage AS s WHERE NOT EXISTS (SELECT 1 FROM {Table} AS t WHERE {match})";
    }

    private string Table => $"{Quote(_dataSet.Schema)}.{Quote(_dataSet.Name)}";

    /// <summary>Opens a connection for one import.</summary>
    public static async Task<PostgresBatchWriter> OpenAsync(string connectionString, DataSetDescriptor dataSet, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return new PostgresBatchWriter(connection, dataSet);
    }

    /// <inheritdoc />
    public async Task<BatchResult> WriteAsync(IReadOnlyList<ParsedRow> rows, CancellationToken cancellationToken)
    {
        await using var transaction = await _connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync($"CREATE TEMP TABLE hub_stage ON COMMIT DROP AS SELECT {string.Join(", ", _columns.Select(Quote))} FROM {Table} WITH NO DATA", cancellationToken);
        using (var importer = await _connection.BeginBinaryImportAsync(
                   $"COPY hub_stage ({string.Join(", ", _columns.Select(Quote))}) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            // Synchronous writes: each value is buffered in memory, so an await per value would only add overhead.
            foreach (var row in rows)
            {
                importer.StartRow();
                for (var i = 0; i < _types.Length; i++)
                {
                    if (row.Values[i] is { } value)
                    {
                        importer.Write(value, _types[i]);
                    }
                    else
                    {
                        importer.WriteNull();
                    }
                }
            }

            await importer.CompleteAsync(cancellationToken);
        }

        await ExecuteAsync("ANALYZE hub_stage", cancellationToken);
        var updated = await ExecuteAsync(_update, cancellationToken);
        var inserted = await ExecuteAsync(_insert, cancellationToken);
        var result = new BatchResult(inserted, updated, rows.Count - inserted - updated);
        foreach (var statement in SharedEntitySql.Statements(_dataSet, "hub_stage", postgres: true))
        {
            await ExecuteAsync(statement, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    private async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, _connection);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string Quote(string name) => $"\"{name}\"";

    private static NpgsqlDbType TypeOf(Type type) => type switch
    {
        _ when type == typeof(DateOnly) => NpgsqlDbType.Date,
        _ when type == typeof(DateTimeOffset) => NpgsqlDbType.TimestampTz,
        _ when type == typeof(decimal) => NpgsqlDbType.Numeric,
        _ when type == typeof(short) => NpgsqlDbType.Smallint,
        _ when type == typeof(bool) => NpgsqlDbType.Boolean,
        _ => NpgsqlDbType.Varchar,
    };
}
