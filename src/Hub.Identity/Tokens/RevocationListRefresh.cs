using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Identity.Tokens;

/// <summary>
/// Re-reads the revocation list every <see cref="HubIdentityOptions.RevocationRefreshInterval"/> even when no request
/// arrives, so that a revocation made on another hub reaches this one's open WebSocket connections (which
/// <see cref="RevokedTokenList.Grew"/> tells) within a second, not only its next request.
/// </summary>
public sealed partial class RevocationListRefresh(
    RevokedTokenList revokedTokens,
    IOptions<HubIdentityOptions> options,
    TimeProvider time,
    ILogger<RevocationListRefresh> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RevocationRefreshInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await revokedTokens.RefreshIfDueAsync(stoppingToken);
                }
                catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
                {
                    // Before the identity store is migrated, or while the database is away before the first read:
                    // requests see the same failure; this loop tries again at the next tick.
                    LogRefreshFailed(logger, exception.Message);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "The revocation list could not be re-read in the background: {Reason}")]
    private static partial void LogRefreshFailed(ILogger logger, string reason);
}
