using System.Collections.Concurrent;
using Hub.Identity.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hub.Identity.Tokens;

/// <summary>
/// The jtis of revoked, not yet expired tokens, as the resource side checks them on every request. Each replica re-reads
/// the shared table every <see cref="HubIdentityOptions.StoreRefreshInterval"/>; a revocation on this replica applies at once.
/// </summary>
public sealed class RevokedTokenList(
    IDbContextFactory<IdentityDbContext> contextFactory,
    IOptions<HubIdentityOptions> options,
    TimeProvider time)
{
    private readonly SemaphoreSlim _refreshLock = new(1, 1);
    private volatile HashSet<string> _revoked = [];
    private DateTimeOffset _loadedAt = DateTimeOffset.MinValue;

    // A read that started before a local revocation committed would miss it; these are merged into every refresh.
    private readonly ConcurrentDictionary<string, DateTimeOffset> _recentlyRevokedHere = new(StringComparer.Ordinal);

    public async ValueTask<bool> IsRevokedAsync(string tokenId, CancellationToken cancellationToken)
    {
        if (time.GetUtcNow() - _loadedAt > options.Value.StoreRefreshInterval && _refreshLock.CurrentCount > 0)
        {
            await RefreshAsync(cancellationToken);
        }

        return _revoked.Contains(tokenId);
    }

    /// <summary>Adds a jti revoked on this replica without waiting for the next refresh.</summary>
    public void Add(string tokenId)
    {
        _recentlyRevokedHere[tokenId] = time.GetUtcNow();
        lock (_refreshLock)
        {
            _revoked = new HashSet<string>(_revoked, StringComparer.Ordinal) { tokenId };
        }
    }

    private async Task RefreshAsync(CancellationToken cancellationToken)
    {
        if (!await _refreshLock.WaitAsync(0, cancellationToken))
        {
            return;
        }

        try
        {
            var now = time.GetUtcNow();
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            var revoked = await db.IssuedTokens.AsNoTracking()
                .Where(t => t.RevokedAt != null && t.ExpiresAt > now)
                .Select(t => t.TokenId)
                .ToListAsync(cancellationToken);
            var recentSince = now - options.Value.StoreRefreshInterval * 2;
            foreach (var (tokenId, revokedAt) in _recentlyRevokedHere)
            {
                if (revokedAt < recentSince)
                {
                    _recentlyRevokedHere.TryRemove(tokenId, out _);
                }
            }

            lock (_refreshLock)
            {
                _revoked = new HashSet<string>(revoked.Concat(_recentlyRevokedHere.Keys), StringComparer.Ordinal);
            }

            _loadedAt = now;
        }
        finally
        {
            _refreshLock.Release();
        }
    }
}
