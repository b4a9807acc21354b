using Microsoft.Data.Sqlite;

namespace Hub.Data.Import;

/// <summary>What both SQLite writers share: the import connection, the row insert, and the registry of persons and organisations.</summary>
internal static class SqliteRows
{
    /// <summary>
    /// Opens a connection for one import. Its page cache may grow to 128 MB (SQLite's default is 2 MB): every stored row
    /// touches the table's B-trees at random places, and with the default cache a large file's import spent more time in
    /// system calls fetching pages than in SQLite (1,025,300 penalties upserted: 72 s, 29 s of it in the kernel; now 43 s).
    /// </summary>
    public static async Task<SqliteConnection> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, null, "PRAGMA cache_size = -131072", cancellationToken);
        return connection;
    }

    /// <summary><c>INSERT INTO "table" (columns…, "ingested_at") VALUES ($p0…, $now)</c> for a data set's stored columns.</summary>
    public static string Insert(DataSetDescriptor dataSet, IReadOnlyList<string> columns) =>
        $"INSERT INTO \"{dataSet.Name}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}, \"ingested_at\") " +
        $"VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))}, $now)";

    /// <summary>Runs <paramref name="sql"/> (an insert of <see cref="Insert"/>'s shape) once per row; returns the rows it changed.</summary>
    public static async Task<int> WriteAsync(SqliteConnection connection, SqliteTransaction transaction, string sql, int columns, IEnumerable<ParsedRow> rows, CancellationToken cancellationToken)
    {
        await using var command = new SqliteCommand(sql, connection, transaction);
        var parameters = Enumerable.Range(0, columns).Select(i => command.Parameters.Add(new SqliteParameter($"$p{i}", null))).ToArray();
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

        return changed;
    }

    /// <summary>Registers a batch's persons and organisations; those already known are left as they are.</summary>
    public static async Task RegisterAsync(SqliteConnection connection, SqliteTransaction transaction, BatchEntities entities, CancellationToken cancellationToken)
    {
        await InsertNewAsync(connection, transaction, "INSERT INTO \"person\" (\"id_number\", \"birth_date\", \"sex\", \"region_code\") VALUES ($0, $1, $2, $3) ON CONFLICT DO NOTHING",
            entities.Persons.Select(p => new object[] { p.IdNumber, p.BirthDate, p.Sex, p.RegionCode }), cancellationToken);
        await InsertNewAsync(connection, transaction, "INSERT INTO \"organization\" (\"uscc\", \"entity_type_code\", \"region_code\") VALUES ($0, $1, $2) ON CONFLICT DO NOTHING",
            entities.Organizations.Select(o => new object[] { o.Uscc, o.EntityTypeCode, o.RegionCode }), cancellationToken);
    }

    /// <summary>Runs one statement; returns the rows it changed.</summary>
    public static async Task<int> ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new SqliteCommand(sql, connection, transaction);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task InsertNewAsync(SqliteConnection connection, SqliteTransaction transaction, string sql, IEnumerable<object[]> rows, CancellationToken cancellationToken)
    {
        await using var insert = new SqliteCommand(sql, connection, transaction);
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
}
