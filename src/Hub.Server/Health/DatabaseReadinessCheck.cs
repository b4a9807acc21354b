using System.Data.Common;
using Hub.Server.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Hub.Server.Health;

/// <summary>Ready when the configured database accepts a connection and answers <c>SELECT 1</c>.</summary>
internal sealed class DatabaseReadinessCheck(IOptions<HubOptions> options) : IHealthCheck
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
            return HealthCheckResult.Unhealthy($"{database.Provider} is unreachable: {exception.Message}");
        }
    }
}
