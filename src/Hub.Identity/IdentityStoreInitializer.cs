using Hub.Identity.Keys;
using Hub.Identity.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Hub.Identity;

/// <summary>
/// Prepares the identity store before the server listens (migrations, a signing key), then keeps the key set rotated
/// and prunes spent client-assertion jtis.
/// </summary>
public sealed class IdentityStoreInitializer(
    IDbContextFactory<IdentityDbContext> contextFactory,
    SigningKeyRotation rotation,
    IOptions<HubIdentityOptions> options,
    TimeProvider time) : BackgroundService
{
    private static readonly TimeSpan s_maintenanceInterval = TimeSpan.FromMinutes(1);

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    /// <summary>Applies the migrations (if enabled) and makes sure a key signs.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (options.Value.MigrateOnStartup)
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
        }

        await rotation.EnsureKeysAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(s_maintenanceInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await rotation.EnsureKeysAsync(stoppingToken);
            await using var db = await contextFactory.CreateDbContextAsync(stoppingToken);
            var spentBefore = time.GetUtcNow() - options.Value.ClockSkew;
            await db.UsedClientAssertions.Where(a => a.ExpiresAt < spentBefore).ExecuteDeleteAsync(stoppingToken);
        }
    }
}
