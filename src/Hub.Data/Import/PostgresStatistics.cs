using Npgsql;
using static Hub.Data.Import.PostgresCopy;

namespace Hub.Data.Import;

/// <summary>
/// Refreshes PostgreSQL's planner statistics of the tables an import wrote. Autovacuum analyses a table only some
/// time after a load, so until then the models' queries are planned as if the freshly loaded tables were empty.
/// </summary>
internal static class PostgresStatistics
{
    /// <summary>Runs ANALYZE on the data set's table and on the person and organisation tables the import registers keys in.</summary>
    public static async Task AnalyzeAsync(string connectionString, DataSetDescriptor dataSet, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await ExecuteAsync(connection,
            $"ANALYZE {Quote(dataSet.Schema)}.{Quote(dataSet.Name)}, {PostgresEntityTables.Persons.Table}, {PostgresEntityTables.Organizations.Table}", cancellationToken);
    }
}
