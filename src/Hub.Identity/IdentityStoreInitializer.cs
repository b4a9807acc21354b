using Hub.Identity.Keys;
using Hub.Identity.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Identity;

/// <summary>
/// Prepares the identity store before the server listens (migrations, a signing key), then keeps the key set rotated
/// and prunes spent client-assertion jtis. An unreachable database does not stop the host (readiness reports it):
/// preparation is retried until it succeeds, and <see cref="Ready"/> completes then.
/// </summary>
public sealed class IdentityStoreInitializer(
    IDbContextFactory<IdentityDbContext> contextFactory,
    SigningKeyRotation rotation,
    IOptions<HubIdentityOptions> options,
    TimeProvider time,
    ILogger<IdentityStoreInitializer> logger) : BackgroundService
{
    private static readonly TimeSpan s_maintenanceInterval = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan s_retryInterval = TimeSpan.FromSeconds(10);
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once the store is migrated and has a signing key.</summary>
    public Task Ready => _ready.Task;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await TryInitializeAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    /// <summary>Applies the migrations (if enabled) and makes sure a key signs.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (options.Value.MigrateOnStartup)
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            // Npgsql's provider probes for the history table by querying it, and EF Core logs the failed query as an
            // error (dotnet/efcore#37328); creating the table first keeps a new database's first start free of it.
            await db.Database.ExecuteSqlRawAsync(db.GetService<IHistoryRepository>().GetCreateIfNotExistsScript(), cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
        }

        await rotation.EnsureKeysAsync(cancellationToken);
        _ready.TrySetResult();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!Ready.IsCompleted)
        {
            await Task.Delay(s_retryInterval, time, stoppingToken);
            await TryInitializeAsync(stoppingToken);
        }

        using var timer = new PeriodicTimer(s_maintenanceInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await rotation.EnsureKeysAsync(stoppingToken);
            await using var db = await contextFactory.CreateDbContextAsync(stoppingToken);
            var spentBefore = time.GetUtcNow() - options.Value.ClockSkew;
            await db.UsedClientAssertions.Where(a => a.ExpiresAt < spentBefore).ExecuteDeleteAsync(stoppingToken);
        }
    }

    private async Task TryInitializeAsync(CancellationToken cancellationToken)
    {
        try
        {
            await InitializeAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException && exception is not System.Security.Cryptography.CryptographicException)
        {
            // A wrong key-encryption key is a configuration error (CryptographicException) and stops the host; an
            // unreachable database is retried.
            logger.LogError(exception, "The identity store is not ready ({Message}); retrying every {Interval}.", exception.Message, s_retryInterval);
        }
    }
}
