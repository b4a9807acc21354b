using System.Collections.Concurrent;
using Hub.Identity.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Identity.Tokens;

/// <summary>
/// The jtis of revoked, not yet expired tokens, as the resource side checks them on every request. Each replica re-reads
/// the shared table every <see cref="HubIdentityOptions.RevocationRefreshInterval"/>; a revocation on this replica applies at once.
/// While the database is unreachable the list last read stays in force (a revocation cannot be recorded meanwhile
/// either) and the read is retried with backoff; before the first read succeeds, checks fail with the outage.
/// </summary>
public sealed partial class RevokedTokenList(
    IDbContextFactory<IdentityDbContext> contextFactory,
    IOptions<HubIdentityOptions> options,
    TimeProvider time,
    ILogger<RevokedTokenList> logger)
{
    private readonly SemaphoreSlim _refreshLock = new(1, 1);
    private readonly RetryBackoff _backoff = new(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5));
    private volatile HashSet<string> _revoked = [];
    private bool _loaded;
    private DateTimeOffset _refreshDueAt = DateTimeOffset.MinValue;

    // A read that started before a local revocation committed would miss it; these are merged into every refresh.
    private readonly ConcurrentDictionary<string, DateTimeOffset> _recentlyRevokedHere = new(StringComparer.Ordinal);

    /// <summary>
    /// Raised when the list gains tokens, revoked here or read from the shared table, so that holders of long-lived
    /// connections (the WebSocket transport) can check theirs; handlers must return quickly.
    /// </summary>
    public event Action? Grew;

    public async ValueTask<bool> IsRevokedAsync(string tokenId, CancellationToken cancellationToken)
    {
        await RefreshIfDueAsync(cancellationToken);
        return _revoked.Contains(tokenId);
    }

    /// <summary>Re-reads the shared table when the last read is older than the refresh interval and no read is under way.</summary>
    public async ValueTask RefreshIfDueAsync(CancellationToken cancellationToken)
    {
        if (time.GetUtcNow() >= _refreshDueAt && _refreshLock.CurrentCount > 0)
        {
            await RefreshAsync(cancellationToken);
        }
    }

    /// <summary>Adds jtis revoked on this replica without waiting for the next refresh.</summary>
    public void Add(params IReadOnlyCollection<string> tokenIds)
    {
        if (tokenIds.Count == 0)
        {
            return;
        }

        var now = time.GetUtcNow();
        foreach (var tokenId in tokenIds)
        {
            _recentlyRevokedHere[tokenId] = now;
        }

        lock (_refreshLock)
        {
            _revoked = new HashSet<string>(_revoked.Concat(tokenIds), StringComparer.Ordinal);
        }

        Grew?.Invoke();
    }

    private async Task RefreshAsync(CancellationToken cancellationToken)
    {
        if (!await _refreshLock.WaitAsync(0, cancellationToken))
        {
            return;
        }

        var now = time.GetUtcNow();
        try
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            var revoked = await db.IssuedTokens.AsNoTracking()
                .Where(t => t.RevokedAt != null && t.ExpiresAt > now)
                .Select(t => t.TokenId)
                .ToListAsync(cancellationToken);
            var recentSince = now - options.Value.RevocationRefreshInterval * 2;
            foreach (var (tokenId, revokedAt) in _recentlyRevokedHere)
            {
                if (revokedAt < recentSince)
                {
                    _recentlyRevokedHere.TryRemove(tokenId, out _);
                }
            }

            bool grew;
            lock (_refreshLock)
            {
                var previous = _revoked;
                _revoked = new HashSet<string>(revoked.Concat(_recentlyRevokedHere.Keys), StringComparer.Ordinal);
                grew = _revoked.Any(tokenId => !previous.Contains(tokenId));
            }

            if (grew && _loaded)
            {
                Grew?.Invoke();
            }

            _loaded = true;
            _refreshDueAt = now + options.Value.RevocationRefreshInterval;
            _backoff.Succeeded();
        }
        catch (Exception exception) when (_loaded && DatabaseOutage.IsOutage(exception))
        {
            _refreshDueAt = now + _backoff.Failed();
            LogKeptDuringOutage(logger, _revoked.Count, _backoff.Failures, exception.Message);
        }
        finally
        {
            _refreshLock.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "The revocation list cannot be re-read (attempt {Attempt}: {Reason}); the {Count} revocations read before stay in force.")]
    private static partial void LogKeptDuringOutage(ILogger logger, int count, int attempt, string reason);
}
