using Hub.Identity.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hub.Identity.Keys;

/// <summary>
/// Keeps the shared key set healthy: a key that signs now, its successor published
/// <see cref="HubIdentityOptions.KeyPublicationLead"/> before it signs, and retired keys kept for verification until every
/// token they signed has expired. Replicas serialise on a PostgreSQL advisory lock, so only one creates a key.
/// </summary>
public sealed class SigningKeyRotation(
    IDbContextFactory<IdentityDbContext> contextFactory,
    SigningKeyFactory keyFactory,
    SigningKeyRing keyRing,
    IOptions<HubIdentityOptions> options,
    TimeProvider time)
{
    private const long AdvisoryLockId = 0x4855_4249_4b45_5953; // "HUBIKEYS"

    /// <summary>Creates the first key or the next one when due; returns true if the key set changed.</summary>
    public Task<bool> EnsureKeysAsync(CancellationToken cancellationToken) => ChangeKeysAsync(forceSuccessor: false, cancellationToken);

    /// <summary>Publishes a successor now; it signs after the publication lead, and the current key retires then.</summary>
    public Task<bool> RotateAsync(CancellationToken cancellationToken) => ChangeKeysAsync(forceSuccessor: true, cancellationToken);

    private async Task<bool> ChangeKeysAsync(bool forceSuccessor, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var verifyAfterRetirement = settings.MaxTokenLifetime + settings.ClockSkew;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({AdvisoryLockId})", cancellationToken);
        }

        var now = time.GetUtcNow();
        await db.SigningKeys.Where(k => k.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
        var keys = await db.SigningKeys.ToListAsync(cancellationToken);
        var current = keys.Where(k => k.ActivatesAt <= now && now < k.RetiresAt).MaxBy(k => k.ActivatesAt);
        var pending = keys.Where(k => k.ActivatesAt > now).MaxBy(k => k.ActivatesAt);
        var changed = false;

        if (current is null)
        {
            // Nothing can sign: the very first key (or one after a long outage) signs at once.
            db.SigningKeys.Add(keyFactory.Create(now, now, now + settings.KeySigningPeriod, verifyAfterRetirement));
            changed = true;
        }
        else if (pending is null && (forceSuccessor || current.RetiresAt - now <= settings.KeyPublicationLead))
        {
            var activatesAt = forceSuccessor ? now + settings.KeyPublicationLead : Max(current.RetiresAt, now + settings.KeyPublicationLead);
            db.SigningKeys.Add(keyFactory.Create(now, activatesAt, activatesAt + settings.KeySigningPeriod, verifyAfterRetirement));

            // The current key signs until its successor takes over, and verifies for a full token lifetime after.
            current.RetiresAt = activatesAt;
            current.ExpiresAt = activatesAt + verifyAfterRetirement;
            changed = true;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (changed)
        {
            await keyRing.RefreshAsync(cancellationToken);
        }

        return changed;
    }

    private static DateTimeOffset Max(DateTimeOffset left, DateTimeOffset right) => left > right ? left : right;
}
