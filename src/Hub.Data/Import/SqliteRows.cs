using Hub.Data.Model;
using Microsoft.Data.Sqlite;

namespace Hub.Data.Import;

/// <summary>What both SQLite writers share: the import connection, the row insert, and the registry of persons and organisations.</summary>
internal static class SqliteRows
{
    /// <summary>
    /// Opens a connection for one import. Its page cache may grow to 128 MB (SQLite's default is 2 MB): every stored row
    /// touches the table's B-trees at random places, and with the default cache a large file's import spent more time in
    /// system calls fetching pages than in SQLite (figures in the Hub.Data README).
    /// </summary>
    public static async Task<SqliteConnection> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, null, "PRAGMA cache_size = -131072", cancellationToken);
        return connection;
    }

    /// <summary><c>INSERT INTO "table" (columns…, "ingested_at") VALUES ($p0…, $now)</c> for a data set's stored columns.</summary>
    public static string Insert(DataSetDescriptor dataSet)
    {
        var columns = dataSet.StoredColumns.ToArray();
        return $"INSERT INTO \"{dataSet.Name}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}, \"ingested_at\") " +
               $"VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))}, $now)";
    }

    /// <summary>Runs <paramref name="sql"/> (an insert of <see cref="Insert"/>'s shape) once per row; returns the rows it changed.</summary>
    public static Task<int> WriteAsync(SqliteConnection connection, SqliteTransaction transaction, string sql, IEnumerable<ParsedRow> rows, CancellationToken cancellationToken) =>
        ExecutePerRowAsync(connection, transaction, sql, rows.Select(r => r.Values), cancellationToken, ("$now", SortableUtcText.Format(DateTimeOffset.UtcNow)));

    /// <summary>Registers a batch's persons and organisations; those already known are left as they are.</summary>
    public static async Task RegisterAsync(SqliteConnection connection, SqliteTransaction transaction, BatchEntities entities, CancellationToken cancellationToken)
    {
        await ExecutePerRowAsync(connection, transaction, "INSERT INTO \"person\" (\"id_number\", \"birth_date\", \"sex\", \"region_code\") VALUES ($p0, $p1, $p2, $p3) ON CONFLICT DO NOTHING",
            entities.Persons.Select(p => new object?[] { p.IdNumber, p.BirthDate, p.Sex, p.RegionCode }), cancellationToken);
        await ExecutePerRowAsync(connection, transaction, "INSERT INTO \"organization\" (\"uscc\", \"entity_type_code\", \"region_code\") VALUES ($p0, $p1, $p2) ON CONFLICT DO NOTHING",
            entities.Organizations.Select(o => new object?[] { o.Uscc, o.EntityTypeCode, o.RegionCode }), cancellationToken);
    }

    /// <summary>Runs one statement; returns the rows it changed.</summary>
    public static async Task<int> ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new SqliteCommand(sql, connection, transaction);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="sql"/> once per row, its values bound to <c>$p0</c>, <c>$p1</c> … (null as SQL NULL) and
    /// <paramref name="constant"/>, if any, to the same value every time; returns the rows changed in all.
    /// </summary>
    private static async Task<int> ExecutePerRowAsync(SqliteConnection connection, SqliteTransaction transaction, string sql, IEnumerable<object?[]> rows,
        CancellationToken cancellationToken, (string Name, object Value)? constant = null)
    {
        await using var command = new SqliteCommand(sql, connection, transaction);
        if (constant is var (name, value))
        {
            command.Parameters.AddWithValue(name, value);
        }

        SqliteParameter[]? parameters = null;
        var changed = 0;
        foreach (var row in rows)
        {
            parameters ??= [.. row.Select((_, i) => command.Parameters.Add(new SqliteParameter($"$p{i}", null)))];
            for (var i = 0; i < row.Length; i++)
            {
                parameters[i].Value = row[i] switch
                {
                    null => DBNull.Value,
                    DateTimeOffset instant => SortableUtcText.Format(instant),
                    var other => other,
                };
            }

            changed += await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return changed;
    }
}
