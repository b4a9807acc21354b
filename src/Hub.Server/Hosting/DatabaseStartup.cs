using Hub.Data.Hosting;
using Microsoft.Extensions.Options;

namespace Hub.Server.Hosting;

/// <summary>
/// Prepares the database before the server takes requests: applies migrations (<c>Hub:MigrateAtStartup</c>) and,
/// on an empty database, imports the generated demo data (<c>Hub:SeedOnFirstStart</c>).
/// </summary>
internal sealed partial class DatabaseStartup(HubDatabase database, IOptions<HubOptions> options, ILogger<DatabaseStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.MigrateAtStartup)
        {
            var applied = await database.MigrateAsync(cancellationToken);
            LogMigrated(logger, applied.Count);
        }

        if (options.Value.SeedOnFirstStart && await database.SeedDemoDataAsync(cancellationToken: cancellationToken))
        {
            LogSeeded(logger);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Database migrations applied at start-up: {Count}")]
    private static partial void LogMigrated(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "The database was empty: demo data generated and imported")]
    private static partial void LogSeeded(ILogger logger);
}
