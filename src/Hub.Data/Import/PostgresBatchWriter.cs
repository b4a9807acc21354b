using Npgsql;
using NpgsqlTypes;

namespace Hub.Data.Import;

/// <summary>
/// Stores batches in PostgreSQL: binary COPY into a temporary staging table, then one upsert into the data set's
/// table, all inside one transaction, so a killed import leaves whole batches only.
/// </summary>
public sealed class PostgresBatchWriter : IBatchWriter
{
    private readonly NpgsqlConnection _connection;
    private readonly DataSetDescriptor _dataSet;
    private readonly string[] _columns;
    private readonly NpgsqlDbType[] _types;
    private readonly string _upsert;

    private PostgresBatchWriter(NpgsqlConnection connection, DataSetDescriptor dataSet)
    {
        _connection = connection;
        _dataSet = dataSet;
        _columns = dataSet.StoredColumns.ToArray();
        _types = dataSet.FileColumns.Select(c => TypeOf(c.ValueType))
            .Concat(dataSet.QualityColumns.Select(_ => NpgsqlDbType.Varchar)).ToArray();
        var list = string.Join(", ", _columns.Select(Quote));
        var updates = string.Join(", ", _columns.Select(c => $"{Quote(c)} = EXCLUDED.{Quote(c)}"));
        var current = string.Join(", ", _columns.Select(c => $"t.{Quote(c)}"));
        var incoming = string.Join(", ", _columns.Select(c => $"EXCLUDED.{Quote(c)}"));
        _upsert = $"""
            WITH upserted AS (
              INSERT INTO {Table} AS t ({list}, "ingested_at")
              SELECT {list}, now() FROM hub_stage
              ON CONFLICT ("source_agency", "source_record_id") DO UPDATE SET {updates}, "ingested_at" = EXCLUDED."ingested_at"
              WHERE ({current}) IS DISTINCT FROM ({incoming})
              RETURNING (xmax = 0) AS inserted)
            SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM upserted
            """;
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
        await using (var importer = await _connection.BeginBinaryImportAsync(
                         $"COPY hub_stage ({string.Join(", ", _columns.Select(Quote))}) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var row in rows)
            {
                await importer.StartRowAsync(cancellationToken);
                for (var i = 0; i < _types.Length; i++)
                {
                    if (row.Values[i] is { } value)
                    {
                        await importer.WriteAsync(value, _types[i], cancellationToken);
                    }
                    else
                    {
                        await importer.WriteNullAsync(cancellationToken);
                    }
                }
            }

            await importer.CompleteAsync(cancellationToken);
        }

        BatchResult result;
        await using (var command = new NpgsqlCommand(_upsert, _connection, transaction))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            var inserted = (int)reader.GetInt64(0);
            var updated = (int)reader.GetInt64(1);
            result = new BatchResult(inserted, updated, rows.Count - inserted - updated);
        }

        foreach (var statement in SharedEntitySql.Statements(_dataSet, "hub_stage", postgres: true))
        {
            await ExecuteAsync(statement, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, _connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
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
