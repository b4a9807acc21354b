using Hub.GraphQL.Execution;

namespace Hub.Server.Authorization;

/// <summary>Builds the executor when the host starts, so a scope catalogue that does not fit the schema stops the host with its file:line errors.</summary>
public sealed class ServedSchemaStartup(IRequestExecutor executor, ILogger<ServedSchemaStartup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        logger.LogInformation("GraphQL schema ready with {Types} types.", executor.Schema.Types.Count);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
