using Npgsql;

namespace Hub.Data.Import;

/// <summary>The savepoint dance that lets a COPY of presumed-new rows fall back to a merge, and identifier quoting.</summary>
internal static class PostgresCopy
{
    private const string Savepoint = "hub_copy";

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

    /// <summary>Runs one statement; returns the rows it affected.</summary>
    public static async Task<int> ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>A double-quoted identifier.</summary>
    public static string Quote(string name) => $"\"{name}\"";
}
