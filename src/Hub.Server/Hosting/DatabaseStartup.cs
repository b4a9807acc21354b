using Hub.Data.Hosting;
using Hub.Identity.Storage;
using Hub.Supervision.Catalogue;
using Hub.Supervision.Running;
using Microsoft.Extensions.Options;

namespace Hub.Server.Hosting;

/// <summary>
/// Prepares the database before the server takes requests: applies migrations (<c>Hub:MigrateAtStartup</c>) and,
/// on an empty database, imports the generated demo data (<c>Hub:SeedOnFirstStart</c>) and runs every supervision
/// model on it once. With both off it does not touch the database. An unreachable database is retried with backoff for
/// <c>Hub:Database:StartupRetryTimeout</c>; then start-up fails with one line naming the setting.
/// </summary>
internal sealed partial class DatabaseStartup(HubDatabase database, IOptions<HubOptions> options, TimeProvider time, ILogger<DatabaseStartup> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!database.Options.MigrateOnStartup && !settings.SeedOnFirstStart)
        {
            return;
        }

        var timeout = database.Options.StartupRetryTimeout;
        var giveUpAt = time.GetUtcNow() + timeout;
        var backoff = new RetryBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5));
        while (true)
        {
            try
            {
                await PrepareAsync(settings, cancellationToken);
                return;
            }
            catch (Exception exception) when (DatabaseOutage.IsOutage(exception))
            {
                var wait = backoff.Failed();
                var left = giveUpAt - time.GetUtcNow();
                if (left <= TimeSpan.Zero)
                {
                    throw new HubConfigurationException(
                        $"The database did not answer within {timeout} (Hub:Database:StartupRetryTimeout), after {backoff.Failures} attempts: " +
                        $"{exception.Message}. Check that it runs and that Hub:Database:ConnectionString points to it.", exception);
                }

                wait = wait < left ? wait : left;
                LogUnreachable(logger, backoff.Failures, exception.Message, wait);
                await Task.Delay(wait, time, cancellationToken);
            }
        }
    }

    private async Task PrepareAsync(HubOptions settings, CancellationToken cancellationToken)
    {
        if (database.Options.MigrateOnStartup)
        {
            var applied = await database.MigrateAsync(cancellationToken);
            LogMigrated(logger, applied.Count);
        }

        if (settings.SeedOnFirstStart && await database.SeedDemoDataAsync(cancellationToken: cancellationToken))
        {
            LogSeeded(logger);

            // A newcomer's first query of `clues` should find some: every model runs once on the demo data, as of the
            // date the data describes (today, its deadlines and windows would have long passed).
            var runner = new ModelRunner(database.Options);
            foreach (var model in ModelCatalogue.All)
            {
                var run = await runner.RunAsync(new RunRequest(model.Id, HubDatabase.DemoDataAsOf, RunRequest.DefaultRegion,
                    new Dictionary<string, string>(), "demo"), cancellationToken);
                LogDemoRun(logger, model.Id, run.CluesCreated);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database is unreachable at start-up (attempt {Attempt}: {Reason}); retrying in {Wait}.")]
    private static partial void LogUnreachable(ILogger logger, int attempt, string reason, TimeSpan wait);

    [LoggerMessage(Level = LogLevel.Information, Message = "Database migrations applied at start-up: {Count}")]
    private static partial void LogMigrated(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "The database was empty: demo data generated and imported")]
    private static partial void LogSeeded(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo run of supervision model {ModelId}: {Clues} clues")]
    private static partial void LogDemoRun(ILogger logger, string modelId, int clues);
}
