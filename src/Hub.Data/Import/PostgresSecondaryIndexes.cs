using Npgsql;
using static Hub.Data.Import.PostgresCopy;

namespace Hub.Data.Import;

/// <summary>
/// The model's non-unique indexes of a data set's table on PostgreSQL, which an initial bulk load may build once at the
/// end instead of maintaining row by row (PostgreSQL builds a B-tree from sorted input several times faster). The
/// primary key and the unique upsert key always stay. Every PostgreSQL import ends by creating whichever of these
/// indexes are missing, so a bulk load killed half-way is repaired by the next import of that data set.
/// </summary>
public sealed class PostgresSecondaryIndexes(string connectionString)
{
    /// <summary>When <paramref name="dataSet"/>'s table is empty, drops its secondary indexes; returns whether it did.</summary>
    public async Task<bool> DeferIfEmptyAsync(DataSetDescriptor dataSet, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // The lock keeps other writers out, so the table is still empty when the indexes are gone.
        await ExecuteAsync(connection, $"LOCK TABLE {Table(dataSet)} IN SHARE ROW EXCLUSIVE MODE", cancellationToken);
        await using (var probe = new NpgsqlCommand($"SELECT EXISTS (SELECT 1 FROM {Table(dataSet)})", connection))
        {
            if ((bool)(await probe.ExecuteScalarAsync(cancellationToken))!)
            {
                return false;
            }
        }

        foreach (var (name, _) in Definitions(dataSet))
        {
            await ExecuteAsync(connection, $"DROP INDEX IF EXISTS {Quote(dataSet.Schema)}.{Quote(name)}", cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>Creates the secondary indexes of <paramref name="dataSet"/> that do not exist; returns their names.</summary>
    public async Task<IReadOnlyList<string>> CreateMissingAsync(DataSetDescriptor dataSet, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var existing = new HashSet<string>(StringComparer.Ordinal);
        await using (var query = new NpgsqlCommand("SELECT indexname FROM pg_indexes WHERE schemaname = $1 AND tablename = $2", connection))
        {
            query.Parameters.Add(new NpgsqlParameter { Value = dataSet.Schema });
            query.Parameters.Add(new NpgsqlParameter { Value = dataSet.Name });
            await using var reader = await query.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                existing.Add(reader.GetString(0));
            }
        }

        var created = new List<string>();
        foreach (var (name, columns) in Definitions(dataSet).Where(d => !existing.Contains(d.Name)))
        {
            await ExecuteAsync(connection, $"CREATE INDEX IF NOT EXISTS {Quote(name)} ON {Table(dataSet)} ({string.Join(", ", columns.Select(Quote))})", cancellationToken);
            created.Add(name);
        }

        return created;
    }

    private static IEnumerable<(string Name, IReadOnlyList<string> Columns)> Definitions(DataSetDescriptor dataSet) =>
        dataSet.EntityType.GetIndexes().Where(i => !i.IsUnique)
            .Select(i => (i.GetDatabaseName()!, (IReadOnlyList<string>)[.. i.Properties.Select(p => p.GetColumnName())]));

    private static string Table(DataSetDescriptor dataSet) => $"{Quote(dataSet.Schema)}.{Quote(dataSet.Name)}";

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
