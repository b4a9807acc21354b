using Npgsql;
using NpgsqlTypes;

namespace Hub.Data.Import;

/// <summary>Binary COPY of in-memory rows, and the savepoint dance that lets a COPY of presumed-new rows fall back to a merge.</summary>
internal static class PostgresCopy
{
    private const string Savepoint = "hub_copy";

    /// <summary>Streams <paramref name="rows"/> through <c>COPY <paramref name="target"/> FROM STDIN (FORMAT BINARY)</c>.</summary>
    public static async Task CopyRowsAsync<TRow>(NpgsqlConnection connection, string target, IEnumerable<TRow> rows, NpgsqlDbType[] types,
        Func<TRow, int, object?> value, CancellationToken cancellationToken)
    {
        await using var importer = await connection.BeginBinaryImportAsync($"COPY {target} FROM STDIN (FORMAT BINARY)", cancellationToken);
        // Synchronous writes: values are buffered in memory and flushed in large chunks, so an await per value would
        // only add overhead.
        foreach (var row in rows)
        {
            importer.StartRow();
            for (var i = 0; i < types.Length; i++)
            {
                if (value(row, i) is { } v)
                {
                    importer.Write(v, types[i]);
                }
                else
                {
                    importer.WriteNull();
                }
            }
        }

        await importer.CompleteAsync(cancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="copy"/> inside a savepoint; when it hits a unique violation (some rows were not new after
    /// all), rolls back to the savepoint and returns false so the caller can merge instead. Other errors propagate.
    /// </summary>
    public static async Task<bool> TryAsNewAsync(NpgsqlTransaction transaction, Func<Task> copy, CancellationToken cancellationToken)
    {
        await transaction.SaveAsync(Savepoint, cancellationToken);
        try
        {
            await copy();
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            await transaction.RollbackAsync(Savepoint, cancellationToken);
            return false;
        }

        await transaction.ReleaseAsync(Savepoint, cancellationToken);
        return true;
    }

    /// <summary>A double-quoted identifier.</summary>
    public static string Quote(string name) => $"\"{name}\"";

    /// <summary>The COPY type of a model value type.</summary>
    public static NpgsqlDbType TypeOf(Type type) => type switch
    {
        _ when type == typeof(DateOnly) => NpgsqlDbType.Date,
        _ when type == typeof(DateTimeOffset) => NpgsqlDbType.TimestampTz,
        _ when type == typeof(decimal) => NpgsqlDbType.Numeric,
        _ when type == typeof(short) => NpgsqlDbType.Smallint,
        _ when type == typeof(bool) => NpgsqlDbType.Boolean,
        _ => NpgsqlDbType.Varchar,
    };
}
