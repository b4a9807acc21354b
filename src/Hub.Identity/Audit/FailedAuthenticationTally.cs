using Hub.Identity.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;

namespace Hub.Identity.Audit;

/// <summary>
/// Counts failed client authentications and writes one audit record per presented client id and minute, with the
/// count, the endpoints, methods and reasons seen. Anyone can send a failing request, and the trail is append-only, so
/// one record per failure would let an anonymous caller grow it by millions of rows an hour. Past
/// <see cref="MaxClientIdsPerMinute"/> distinct ids in a minute, further ids are counted under <see cref="OtherClientIds"/>,
/// so memory stays bounded too. Each replica writes its own records; a minute's records are written when it has
/// ended (checked every <see cref="FlushInterval"/>) and the rest at shutdown.
/// </summary>
public sealed class FailedAuthenticationTally(IDbContextFactory<IdentityDbContext> contextFactory, AuditTrail trail, TimeProvider time)
    : BackgroundService
{
    /// <summary>The most client ids tallied apart in one minute.</summary>
    public const int MaxClientIdsPerMinute = 1000;

    /// <summary>The actor of the record that counts the ids beyond <see cref="MaxClientIdsPerMinute"/>.</summary>
    public const string OtherClientIds = "(other client ids)";

    /// <summary>How often ended minutes are written.</summary>
    public static readonly TimeSpan FlushInterval = TimeSpan.FromSeconds(5);

    private readonly Lock _gate = new();
    private Dictionary<(DateTimeOffset Minute, string ClientId), Failures> _open = [];

    /// <summary>Counts one failure of <paramref name="clientId"/> (as the audit names it) at <paramref name="endpoint"/>.</summary>
    public void Add(string clientId, string endpoint, string method, string reason)
    {
        var now = time.GetUtcNow();
        var minute = new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerMinute), TimeSpan.Zero);
        lock (_gate)
        {
            var key = (minute, clientId);
            if (!_open.ContainsKey(key) && _open.Keys.Count(k => k.Minute == minute) >= MaxClientIdsPerMinute)
            {
                key = (minute, OtherClientIds);
            }

            if (!_open.TryGetValue(key, out var failures))
            {
                _open[key] = failures = new Failures();
            }

            failures.Count++;
            failures.Endpoints.Add(endpoint);
            failures.Methods.Add(method);
            failures.Reasons.Add(reason);
        }
    }

    /// <summary>Writes every tally, including the current minute's (at shutdown, or when a test must see them now).</summary>
    public Task FlushAsync(CancellationToken cancellationToken) => FlushAsync(DateTimeOffset.MaxValue, cancellationToken);

    /// <inheritdoc />
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await FlushAsync(cancellationToken);
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(FlushInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            var now = time.GetUtcNow();
            await FlushAsync(now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMinute)), stoppingToken);
        }
    }

    private async Task FlushAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        List<KeyValuePair<(DateTimeOffset Minute, string ClientId), Failures>> ended;
        lock (_gate)
        {
            ended = _open.Where(pair => pair.Key.Minute < before).ToList();
            _open = _open.Where(pair => pair.Key.Minute >= before).ToDictionary();
        }

        if (ended.Count == 0)
        {
            return;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        foreach (var ((minute, clientId), failures) in ended)
        {
            trail.Append(db, AuditActions.AuthenticationFailed, clientId, string.Join(", ", failures.Endpoints.Order(StringComparer.Ordinal)), new
            {
                minute = minute.ToString("yyyy-MM-ddTHH:mmZ"),
                count = failures.Count,
                methods = failures.Methods.Order(StringComparer.Ordinal),
                reasons = failures.Reasons.Order(StringComparer.Ordinal),
            }, minute);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private sealed class Failures
    {
        public int Count { get; set; }

        public HashSet<string> Endpoints { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Methods { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Reasons { get; } = new(StringComparer.Ordinal);
    }
}
