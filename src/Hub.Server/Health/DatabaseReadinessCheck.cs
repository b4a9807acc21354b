using System.Data.Common;
using Hub.Server.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Hub.Server.Health;

/// <summary>
/// Ready when the configured database accepts a connection and answers <c>SELECT 1</c>. The report is public, so it
/// names the provider only; why the database is unreachable (host, port, the driver's message) goes to the log.
/// </summary>
internal sealed partial class DatabaseReadinessCheck(IOptions<HubOptions> options, ILogger<DatabaseReadinessCheck> logger) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var database = options.Value.Database;
        try
        {
            await using DbConnection connection = database.Provider switch
            {
                DatabaseProvider.PostgreSql => new NpgsqlConnection(database.ConnectionString),
                _ => new SqliteConnection(database.ConnectionString),
            };
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT 1";
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy($"{database.Provider} answers");
        }
        catch (DbException exception)
        {
            LogUnreachable(logger, database.Provider, exception.Message);
            return HealthCheckResult.Unhealthy($"{database.Provider} is unreachable");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Readiness: {Provider} is unreachable: {Reason}")]
    private static partial void LogUnreachable(ILogger logger, DatabaseProvider provider, string reason);
}
