using Npgsql;
using static Hub.Data.Import.PostgresCopy;

namespace Hub.Data.Import;

/// <summary>
/// Registers a batch's persons and organisations in PostgreSQL inside the batch's transaction. Keys are first assumed
/// new and copied straight in; once a copy meets a known key, this writer merges through a staging table with
/// <c>ON CONFLICT DO NOTHING</c> from then on, so a second sighting never changes a row.
/// </summary>
internal sealed class PostgresEntityWriter(NpgsqlConnection connection)
{
    private readonly HashSet<string> _merging = new(StringComparer.Ordinal);

    /// <summary>Stores the entities no earlier batch stored.</summary>
    public async Task RegisterAsync(NpgsqlTransaction transaction, BatchEntities entities, CancellationToken cancellationToken)
    {
        await StoreAsync(transaction, PostgresEntityTables.Persons, entities.Persons, cancellationToken);
        await StoreAsync(transaction, PostgresEntityTables.Organizations, entities.Organizations, cancellationToken);
    }

    private async Task StoreAsync<T>(NpgsqlTransaction transaction, PostgresEntityTable<T> table, IReadOnlyList<T> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        // In key order, like every other batch, so two writers never wait on each other's keys in opposite orders.
        rows = [.. rows.OrderBy(table.Key, StringComparer.Ordinal)];

        if (!_merging.Contains(table.Name)
            && await TryAsNewAsync(transaction, () => BinaryCopyWriter.CopyAsync(connection, $"{table.Table} ({table.Columns})", rows, table.Count, table.Value, cancellationToken), cancellationToken))
        {
            return;
        }

        _merging.Add(table.Name);
        var stage = $"hub_stage_{table.Name}";
        await ExecuteAsync(connection, $"CREATE TEMP TABLE {stage} ON COMMIT DROP AS SELECT {table.Columns} FROM {table.Table} WITH NO DATA", cancellationToken);
        await BinaryCopyWriter.CopyAsync(connection, $"{stage} ({table.Columns})", rows, table.Count, table.Value, cancellationToken);
        await ExecuteAsync(connection, $"INSERT INTO {table.Table} ({table.Columns}) SELECT {table.Columns} FROM {stage} ORDER BY 1 ON CONFLICT DO NOTHING", cancellationToken);
    }
}
