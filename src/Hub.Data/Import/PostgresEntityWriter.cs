using Hub.Data.Model;
using Npgsql;
using static Hub.Data.Import.PostgresCopy;

namespace Hub.Data.Import;

/// <summary>
/// Registers a batch's persons and organisations in PostgreSQL inside the batch's transaction. Keys are first assumed
/// new and copied straight in; once a copy meets a known key, this writer merges through a staging table with
/// <c>ON CONFLICT DO NOTHING</c> from then on, so a second sighting never changes a row. A writer whose batches share
/// one transaction (<paramref name="spansBatches"/>) also skips the keys an earlier batch stored, which keeps the
/// straight copy going for the whole of an initial load.
/// </summary>
internal sealed class PostgresEntityWriter(NpgsqlConnection connection, bool spansBatches = false)
{
    private readonly HashSet<string> _storedPersons = new(StringComparer.Ordinal);
    private readonly HashSet<string> _storedOrganizations = new(StringComparer.Ordinal);
    private readonly HashSet<string> _merging = new(StringComparer.Ordinal);

    /// <summary>Stores the entities no earlier batch stored.</summary>
    public async Task RegisterAsync(NpgsqlTransaction transaction, BatchEntities entities, CancellationToken cancellationToken)
    {
        await StoreAsync(transaction, "person", "\"id_number\", \"birth_date\", \"sex\", \"region_code\"", New(entities.Persons, _storedPersons, p => p.IdNumber), 4,
            static (p, i) => i switch { 0 => p.IdNumber, 1 => p.BirthDate, 2 => p.Sex, _ => p.RegionCode }, cancellationToken);
        await StoreAsync(transaction, "organization", "\"uscc\", \"entity_type_code\", \"region_code\"", New(entities.Organizations, _storedOrganizations, o => o.Uscc), 3,
            static (o, i) => i switch { 0 => o.Uscc, 1 => o.EntityTypeCode, _ => o.RegionCode }, cancellationToken);
    }

    private IReadOnlyList<T> New<T>(IReadOnlyList<T> entities, HashSet<string> stored, Func<T, string> key) =>
        spansBatches ? entities.Where(e => stored.Add(key(e))).ToArray() : entities;

    private async Task StoreAsync<T>(NpgsqlTransaction transaction, string name, string columns, IReadOnlyList<T> rows, int count,
        Func<T, int, object?> value, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var table = $"{Quote(Schemas.Shared)}.{Quote(name)}";
        if (!_merging.Contains(name)
            && await TryAsNewAsync(transaction, () => BinaryCopyWriter.CopyAsync(connection, $"{table} ({columns})", rows, count, value, cancellationToken), cancellationToken))
        {
            return;
        }

        _merging.Add(name);
        var stage = $"hub_stage_{name}";
        await ExecuteAsync(connection, $"CREATE TEMP TABLE {stage} ON COMMIT DROP AS SELECT {columns} FROM {table} WITH NO DATA", cancellationToken);
        await BinaryCopyWriter.CopyAsync(connection, $"{stage} ({columns})", rows, count, value, cancellationToken);
        // In key order, like every other batch, so two writers never wait on each other's keys in opposite orders.
        await ExecuteAsync(connection, $"INSERT INTO {table} ({columns}) SELECT {columns} FROM {stage} ORDER BY 1 ON CONFLICT DO NOTHING", cancellationToken);
    }
}
