using System.Data.Common;
using Hub.Data.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Hub.Server.Health;

/// <summary>
/// Ready when the configured database accepts a connection and answers <c>SELECT 1</c>. The report is public, so it
/// names the provider only; why the database is unreachable (host, port, the driver's message) goes to the log.
/// </summary>
internal sealed partial class DatabaseReadinessCheck(IOptions<HubDataOptions> options, ILogger<DatabaseReadinessCheck> logger) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var database = options.Value;
        try
        {
            await using DbConnection connection = database.Provider switch
            {
                DataProvider.Postgres => new NpgsqlConnection(database.ResolveConnectionString()),
                _ => new SqliteConnection(database.ResolveConnectionString()),
            };
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT 1";
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy($"{database.ProviderName} answers");
        }
        catch (DbException exception)
        {
            LogUnreachable(logger, database.ProviderName, exception.Message);
            return HealthCheckResult.Unhealthy($"{database.ProviderName} is unreachable");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Readiness: {Provider} is unreachable: {Reason}")]
    private static partial void LogUnreachable(ILogger logger, string provider, string reason);
}
