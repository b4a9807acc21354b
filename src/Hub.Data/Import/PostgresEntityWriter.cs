using Hub.Data.Model;
using Npgsql;
using NpgsqlTypes;
using static Hub.Data.Import.PostgresCopy;

namespace Hub.Data.Import;

/// <summary>
/// Registers a batch's persons and organisations in PostgreSQL inside the batch's transaction. Keys are first assumed
/// new and copied straight in; once a copy meets a known key, this writer merges through a staging table with
/// <c>ON CONFLICT DO NOTHING</c> from then on, so a second sighting never changes a row.
/// </summary>
internal sealed class PostgresEntityWriter(NpgsqlConnection connection)
{
    private static readonly NpgsqlDbType[] s_personTypes = [NpgsqlDbType.Char, NpgsqlDbType.Date, NpgsqlDbType.Varchar, NpgsqlDbType.Varchar];
    private static readonly NpgsqlDbType[] s_organizationTypes = [NpgsqlDbType.Char, NpgsqlDbType.Varchar, NpgsqlDbType.Varchar];
    private readonly HashSet<string> _merging = new(StringComparer.Ordinal);

    /// <summary>Stores the entities no earlier batch stored.</summary>
    public async Task RegisterAsync(NpgsqlTransaction transaction, BatchEntities entities, CancellationToken cancellationToken)
    {
        await StoreAsync(transaction, "person", "\"id_number\", \"birth_date\", \"sex\", \"region_code\"", entities.Persons, s_personTypes,
            static (p, i) => i switch { 0 => p.IdNumber, 1 => p.BirthDate, 2 => p.Sex, _ => p.RegionCode }, cancellationToken);
        await StoreAsync(transaction, "organization", "\"uscc\", \"entity_type_code\", \"region_code\"", entities.Organizations, s_organizationTypes,
            static (o, i) => i switch { 0 => o.Uscc, 1 => o.EntityTypeCode, _ => o.RegionCode }, cancellationToken);
    }

    private async Task StoreAsync<T>(NpgsqlTransaction transaction, string name, string columns, IReadOnlyList<T> rows, NpgsqlDbType[] types,
        Func<T, int, object?> value, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var table = $"{Quote(Schemas.Shared)}.{Quote(name)}";
        if (!_merging.Contains(name)
            && await TryAsNewAsync(transaction, () => CopyRowsAsync(connection, $"{table} ({columns})", rows, types, value, cancellationToken), cancellationToken))
        {
            return;
        }

        _merging.Add(name);
        var stage = $"hub_stage_{name}";
        await ExecuteAsync($"CREATE TEMP TABLE {stage} ON COMMIT DROP AS SELECT {columns} FROM {table} WITH NO DATA", cancellationToken);
        await CopyRowsAsync(connection, $"{stage} ({columns})", rows, types, value, cancellationToken);
        // In key order, like every other batch, so two writers never wait on each other's keys in opposite orders.
        await ExecuteAsync($"INSERT INTO {table} ({columns}) SELECT {columns} FROM {stage} ORDER BY 1 ON CONFLICT DO NOTHING", cancellationToken);
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
