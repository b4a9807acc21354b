using Npgsql;
using static Hub.Data.Import.PostgresCopy;

namespace Hub.Data.Import;

/// <summary>
/// The persons and organisations of an initial load: each is collected once into a temporary table (no index, no WAL)
/// while the batches stream in, and all are registered at the end with one insert in key order, which touches every
/// page of the shared tables' B-trees once instead of once per batch. The insert is first tried plain (cheapest);
/// only when a key is already stored does it roll back to a savepoint and skip the known keys with
/// <c>ON CONFLICT DO NOTHING</c>.
/// </summary>
internal sealed class PostgresLoadEntities(NpgsqlConnection connection, NpgsqlTransaction transaction)
{
    private readonly HashSet<UInt128> _persons = [];
    private readonly HashSet<UInt128> _organizations = [];

    /// <summary>Adds the entities of one batch that no earlier batch of the load had.</summary>
    public async Task CollectAsync(BatchEntities entities, CancellationToken cancellationToken)
    {
        await CollectAsync(PostgresEntityTables.Persons, entities.Persons, _persons, cancellationToken);
        await CollectAsync(PostgresEntityTables.Organizations, entities.Organizations, _organizations, cancellationToken);
    }

    /// <summary>Registers everything collected; a key stored meanwhile by another import is left as it is.</summary>
    public async Task RegisterAsync(CancellationToken cancellationToken)
    {
        await RegisterAsync(PostgresEntityTables.Persons, _persons, cancellationToken);
        await RegisterAsync(PostgresEntityTables.Organizations, _organizations, cancellationToken);
    }

    private async Task CollectAsync<T>(PostgresEntityTable<T> table, IReadOnlyList<T> entities, HashSet<UInt128> seen, CancellationToken cancellationToken)
    {
        var fresh = entities.Where(e => seen.Add(KeyFingerprint.Of(table.Key(e)))).ToArray();
        if (fresh.Length == 0)
        {
            return;
        }

        if (seen.Count == fresh.Length)
        {
            await ExecuteAsync(connection, $"CREATE TEMP TABLE {Stage(table)} ON COMMIT DROP AS SELECT {table.Columns} FROM {table.Table} WITH NO DATA", cancellationToken);
        }

        await BinaryCopyWriter.CopyAsync(connection, $"{Stage(table)} ({table.Columns})", fresh, table.Count, table.Value, cancellationToken);
    }

    private async Task RegisterAsync<T>(PostgresEntityTable<T> table, HashSet<UInt128> seen, CancellationToken cancellationToken)
    {
        if (seen.Count == 0)
        {
            return;
        }

        var insert = $"INSERT INTO {table.Table} ({table.Columns}) SELECT {table.Columns} FROM {Stage(table)} ORDER BY 1";
        if (!await TryAsNewAsync(transaction, () => ExecuteAsync(connection, insert, cancellationToken), cancellationToken))
        {
            await ExecuteAsync(connection, insert + " ON CONFLICT DO NOTHING", cancellationToken);
        }
    }

    private static string Stage<T>(PostgresEntityTable<T> table) => $"hub_load_{table.Name}";
}
