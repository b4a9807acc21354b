using System.Security.Cryptography;
using Hub.Data.Hosting;
using Hub.Data.Migrations;
using Hub.Identity.Keys;
using Hub.Identity.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Identity;

/// <summary>
/// Prepares the identity store before the server listens (migrations, a signing key), then keeps the key set rotated
/// and prunes spent client-assertion jtis every <see cref="HubIdentityOptions.MaintenanceInterval"/>. An unreachable
/// database never stops the host (readiness reports it): preparation and maintenance are retried with backoff, and
/// <see cref="Ready"/> completes once preparation succeeded. Only signing keys that the configured key-encryption key
/// cannot decrypt stop the host, with a non-zero exit code.
/// </summary>
public sealed partial class IdentityStoreInitializer(
    IDbContextFactory<IdentityDbContext> contextFactory,
    SigningKeyRotation rotation,
    SigningKeyRing keyRing,
    IOptions<HubIdentityOptions> options,
    IOptions<HubDataOptions> database,
    TimeProvider time,
    ILogger<IdentityStoreInitializer> logger) : BackgroundService
{
    private static readonly TimeSpan s_longestRetry = TimeSpan.FromSeconds(30);
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once the store is migrated and has a signing key.</summary>
    public Task Ready => _ready.Task;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await TryAsync("preparation", InitializeAsync, cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    /// <summary>Applies the migrations (if enabled) and makes sure a key signs.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (database.Value.MigrateOnStartup)
        {
            await SchemaMigrator.ApplyAsync(database.Value.Provider, database.Value.ResolveConnectionString(), [IdentityMigrations.Source], cancellationToken);
        }

        await EnsureDecryptableKeysAsync(cancellationToken);
        _ready.TrySetResult();
    }

    /// <summary>
    /// Creates or rotates keys when due, then decrypts the signing key: a key-encryption key other than the one the keys
    /// were stored under shows here, at start-up, instead of as failing token requests.
    /// </summary>
    private async Task EnsureDecryptableKeysAsync(CancellationToken cancellationToken)
    {
        await rotation.EnsureKeysAsync(cancellationToken);
        _ = (await keyRing.GetSigningKeyAsync(cancellationToken)).SigningCredentials;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.MaintenanceInterval;
        var backoff = new RetryBackoff(TimeSpan.FromSeconds(1), interval < s_longestRetry ? interval : s_longestRetry);
        while (!Ready.IsCompleted)
        {
            await Task.Delay(backoff.Failed(), time, stoppingToken);
            await TryAsync("preparation", InitializeAsync, stoppingToken);
        }

        backoff.Succeeded();
        var wait = interval;
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(wait, time, stoppingToken);
            var succeeded = await TryAsync("maintenance", MaintainAsync, stoppingToken);
            if (succeeded)
            {
                backoff.Succeeded();
                wait = interval;
            }
            else
            {
                wait = backoff.Failed();
            }
        }
    }

    private async Task MaintainAsync(CancellationToken cancellationToken)
    {
        await EnsureDecryptableKeysAsync(cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var spentBefore = time.GetUtcNow() - options.Value.ClockSkew;
        await db.UsedClientAssertions.Where(a => a.ExpiresAt < spentBefore).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Runs one attempt of <paramref name="work"/>; false when it failed and is to be retried.</summary>
    private async Task<bool> TryAsync(string work, Func<CancellationToken, Task> attempt, CancellationToken cancellationToken)
    {
        try
        {
            await attempt(cancellationToken);
            return true;
        }
        catch (CryptographicException exception)
        {
            // The stored signing keys were protected with another key-encryption key: a configuration error that no
            // retry mends. The exception stops the host, which exits non-zero.
            LogUndecryptableKeys(logger, exception.Message);
            throw;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            if (DatabaseOutage.IsOutage(exception))
            {
                LogUnreachable(logger, work, exception.Message);
            }
            else
            {
                LogFailed(logger, exception, work);
            }

            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "The identity store cannot be used, the hub stops: {Reason}")]
    private static partial void LogUndecryptableKeys(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Identity store {Work}: the database is unreachable ({Reason}); retrying with backoff.")]
    private static partial void LogUnreachable(ILogger logger, string work, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Identity store {Work} failed; retrying with backoff.")]
    private static partial void LogFailed(ILogger logger, Exception exception, string work);
}
