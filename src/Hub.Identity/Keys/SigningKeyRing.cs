using Hub.Identity.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Identity.Keys;

/// <summary>
/// The key set every replica reads from the shared database: what is published in the JWKS, which key signs now and
/// which keys verify. Re-read every <see cref="HubIdentityOptions.StoreRefreshInterval"/>, and at once on an unknown kid.
/// While the database is unreachable the keys read before keep verifying (and signing) and the periodic re-read is
/// retried with backoff.
/// </summary>
public sealed partial class SigningKeyRing(
    IDbContextFactory<IdentityDbContext> contextFactory,
    KeyEncryptionKey keyEncryptionKey,
    IOptions<HubIdentityOptions> options,
    TimeProvider time,
    ILogger<SigningKeyRing> logger)
{
    private readonly SemaphoreSlim _refreshLock = new(1, 1);
    private readonly RetryBackoff _backoff = new(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5));
    private DateTimeOffset _retryAt = DateTimeOffset.MinValue;
    private IReadOnlyList<PublishedSigningKey> _keys = [];
    private DateTimeOffset _loadedAt = DateTimeOffset.MinValue;

    /// <summary>Keys published now (not yet expired), including ones not yet signing.</summary>
    public async ValueTask<IReadOnlyList<PublishedSigningKey>> GetPublishedKeysAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (now - _loadedAt > options.Value.StoreRefreshInterval && now >= _retryAt)
        {
            await RefreshOrKeepAsync(now, cancellationToken);
        }

        return _keys.Where(k => now < k.ExpiresAt).ToList();
    }

    private async Task RefreshOrKeepAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            await RefreshAsync(cancellationToken);
            _backoff.Succeeded();
        }
        catch (Exception exception) when (_keys.Count > 0 && DatabaseOutage.IsOutage(exception))
        {
            _retryAt = now + _backoff.Failed();
            LogKeptDuringOutage(logger, _keys.Count, _backoff.Failures, exception.Message);
        }
    }

    /// <summary>The key that signs tokens now: the most recently activated key that is not retired.</summary>
    public async ValueTask<PublishedSigningKey> GetSigningKeyAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var keys = await GetPublishedKeysAsync(cancellationToken);
        return keys.Where(k => k.SignsAt(now)).MaxBy(k => k.ActivatesAt)
            ?? throw new InvalidOperationException(
                "No signing key is active; the key rotation has not run (the identity store may not be initialised).");
    }

    /// <summary>The published key with this kid, re-reading the store once if it is not known yet.</summary>
    public async ValueTask<PublishedSigningKey?> FindAsync(string keyId, CancellationToken cancellationToken)
    {
        var keys = await GetPublishedKeysAsync(cancellationToken);
        var key = keys.FirstOrDefault(k => k.KeyId == keyId);
        if (key is not null || time.GetUtcNow() - _loadedAt < TimeSpan.FromSeconds(1))
        {
            return key;
        }

        await RefreshAsync(cancellationToken);
        return _keys.FirstOrDefault(k => k.KeyId == keyId && time.GetUtcNow() < k.ExpiresAt);
    }

    /// <summary>Reads the key set from the database now.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        var observed = _loadedAt;
        await _refreshLock.WaitAsync(cancellationToken);
        try
        {
            if (_loadedAt != observed)
            {
                return;
            }

            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            var stored = await db.SigningKeys.AsNoTracking().ToListAsync(cancellationToken);
            var known = _keys.ToDictionary(k => k.KeyId);

            // Keep already-decrypted signers; only new rows (or rows whose dates moved) are rebuilt.
            _keys = stored.Select(s => known.TryGetValue(s.KeyId, out var existing) && existing.RetiresAt == s.RetiresAt
                    ? existing
                    : new PublishedSigningKey(s, keyEncryptionKey))
                .ToList();
            _loadedAt = time.GetUtcNow();
        }
        finally
        {
            _refreshLock.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "The signing keys cannot be re-read (attempt {Attempt}: {Reason}); the {Count} keys read before stay in use.")]
    private static partial void LogKeptDuringOutage(ILogger logger, int count, int attempt, string reason);
}
