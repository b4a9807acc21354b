using Hub.Identity.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hub.Identity.Audit;

/// <summary>
/// Counts failed client authentications and writes one audit record per presented client id and minute, with the
/// count, the endpoints, methods and reasons seen. Anyone can send a failing request, and the trail is append-only, so
/// one record per failure would let an anonymous caller grow it by millions of rows an hour. Each process tallies in
/// memory and adds its ended minutes to the shared <see cref="FailedAuthenticationCount"/> rows every
/// <see cref="FlushInterval"/> (one statement); a minute that ended <see cref="SettleDelay"/> ago is settled, and the
/// first process to take its rows (a <c>DELETE … RETURNING</c>, so only one does) writes its records in the same
/// transaction. So several processes on one database still write one record per client id and minute. Past
/// <see cref="MaxClientIdsPerMinute"/> distinct ids in a minute, further ids are counted under <see cref="OtherClientIds"/>,
/// in each process's memory and again in the records, so neither memory nor the trail grows with the ids an attacker invents.
/// A process touches the database only when it has failures to share or shared minutes to settle (an idle hub, or one
/// started with migrations off, reads nothing), and a database that cannot be reached only delays the records: the
/// tallies stay in memory and the loop retries at its next tick, never stopping the host. Minutes that a process shared
/// just before it stopped are written with the next minutes another process settles.
/// </summary>
public sealed partial class FailedAuthenticationTally(IDbContextFactory<IdentityDbContext> contextFactory, AuditTrail trail, TimeProvider time,
    ILogger<FailedAuthenticationTally> logger) : BackgroundService
{
    /// <summary>The most client ids tallied apart in one minute.</summary>
    public const int MaxClientIdsPerMinute = 1000;

    /// <summary>The actor of the record that counts the ids beyond <see cref="MaxClientIdsPerMinute"/>.</summary>
    public const string OtherClientIds = "(other client ids)";

    /// <summary>How often ended minutes are shared and settled minutes written.</summary>
    public static readonly TimeSpan FlushInterval = TimeSpan.FromSeconds(5);

    /// <summary>How long after its end a minute is written: every process has shared its part by then.</summary>
    public static readonly TimeSpan SettleDelay = 3 * FlushInterval;

    // Rows of one statement: far below either database's parameter limit (six parameters a row).
    private const int RowsPerStatement = 1000;

    private readonly Lock _gate = new();
    private Dictionary<(DateTimeOffset Minute, string ClientId), Dictionary<FailureKind, int>> _open = [];

    // The latest minute this process shared and has not yet seen written; null when there is none.
    private DateTimeOffset? _unsettled;

    /// <summary>Counts one failure of <paramref name="clientId"/> (as the audit names it) at <paramref name="endpoint"/>.</summary>
    public void Add(string clientId, string endpoint, string method, string reason)
    {
        var minute = MinuteOf(time.GetUtcNow());
        lock (_gate)
        {
            var key = (minute, clientId);
            if (!_open.ContainsKey(key) && _open.Keys.Count(k => k.Minute == minute) >= MaxClientIdsPerMinute)
            {
                key = (minute, OtherClientIds);
            }

            AddLocked(key, new FailureKind(endpoint, method, reason), 1);
        }
    }

    /// <summary>
    /// Shares this process's tallies, the current minute's too, and writes the records of every shared minute (when a
    /// test must see them now). Another process's tallies of the same minutes are in its records only if it shared them first.
    /// </summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        await ShareAsync(cancellationToken);
        await WriteAsync(MinuteOf(time.GetUtcNow()), cancellationToken);
    }

    /// <summary>Adds this process's tallies, the current minute's too, to the shared counts (at shutdown, or for a test).</summary>
    public Task ShareAsync(CancellationToken cancellationToken) => ShareAsync(DateTimeOffset.MaxValue, cancellationToken);

    /// <inheritdoc />
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);

        // The current minute goes to the shared counts; a process still running, or the next start, writes its record.
        // Past the shutdown timeout the token is cancelled: what is not shared by then is lost, and the host still stops.
        try
        {
            await ShareAsync(cancellationToken);
            await WriteSettledAsync(cancellationToken);
        }
        catch (Exception exception)
        {
            LogRoundFailed(logger, exception.Message);
        }
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(FlushInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            // A failed round is logged and left to the next one.
            try
            {
                await ShareAsync(MinuteOf(time.GetUtcNow()), stoppingToken);
                await WriteSettledAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                LogRoundFailed(logger, exception.Message);
            }
        }
    }

    // Writes the settled minutes when this process shared one of them: an idle process reads nothing.
    private async Task WriteSettledAsync(CancellationToken cancellationToken)
    {
        var settled = LastSettledMinute();
        bool due;
        lock (_gate)
        {
            due = _unsettled <= settled;
        }

        if (due)
        {
            await WriteAsync(settled, cancellationToken);
        }
    }

    private async Task ShareAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        List<FailedAuthenticationCount> ended;
        lock (_gate)
        {
            ended = [.. _open.Where(pair => pair.Key.Minute < before).SelectMany(pair => pair.Value.Select(kind => new FailedAuthenticationCount
            {
                Minute = pair.Key.Minute,
                ClientId = pair.Key.ClientId,
                Endpoint = kind.Key.Endpoint,
                Method = kind.Key.Method,
                Reason = kind.Key.Reason,
                Count = kind.Value,
            }))];
            _open = _open.Where(pair => pair.Key.Minute >= before).ToDictionary();
        }

        if (ended.Count == 0)
        {
            return;
        }

        try
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            foreach (var chunk in ended.Chunk(RowsPerStatement))
            {
                var upsert = CountUpsert.For(db, chunk, nameof(FailedAuthenticationCount.Count));
                await db.Database.ExecuteSqlRawAsync(upsert.Sql, upsert.Parameters, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }
        catch
        {
            Restore(ended);
            throw;
        }

        var latest = ended.Max(count => count.Minute);
        lock (_gate)
        {
            _unsettled = _unsettled is { } known && known > latest ? known : latest;
        }
    }

    // Puts counts that could not be shared back into the tally, added to what arrived meanwhile.
    private void Restore(List<FailedAuthenticationCount> counts)
    {
        lock (_gate)
        {
            foreach (var count in counts)
            {
                AddLocked((count.Minute, count.ClientId), new FailureKind(count.Endpoint, count.Method, count.Reason), count.Count);
            }
        }
    }

    // Adds `count` failures of `kind` to the tally of `key`; the caller holds the gate.
    private void AddLocked((DateTimeOffset Minute, string ClientId) key, FailureKind kind, int count)
    {
        if (!_open.TryGetValue(key, out var kinds))
        {
            _open[key] = kinds = [];
        }

        kinds[kind] = kinds.GetValueOrDefault(kind) + count;
    }

    // The latest minute that ended at least SettleDelay ago.
    private DateTimeOffset LastSettledMinute() => MinuteOf(time.GetUtcNow() - SettleDelay) - TimeSpan.FromMinutes(1);

    // Takes the shared rows of the minutes up to `lastMinute` and writes their records, all in one transaction: a
    // process that takes them concurrently finds them gone, and a failed write leaves them for the next try.
    private async Task WriteAsync(DateTimeOffset lastMinute, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.FailedAuthenticationCounts.AnyAsync(c => c.Minute <= lastMinute, cancellationToken))
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var taken = await db.FailedAuthenticationCounts.FromSqlRaw(TakeStatement(db), ProviderValue.Of(MinuteProperty(db), lastMinute))
            .AsNoTracking().ToListAsync(cancellationToken);
        foreach (var minute in taken.GroupBy(c => c.Minute))
        {
            var byClient = minute.GroupBy(c => c.ClientId).OrderByDescending(c => c.Sum(r => r.Count)).ThenBy(c => c.Key, StringComparer.Ordinal).ToList();
            var kept = byClient.Take(MaxClientIdsPerMinute - 1).ToList();
            var records = byClient.Count <= MaxClientIdsPerMinute
                ? byClient.Select(c => (ClientId: c.Key, Rows: c.ToList()))
                : kept.Select(c => (ClientId: c.Key, Rows: c.ToList()))
                    .Append((OtherClientIds, byClient.Skip(kept.Count).SelectMany(c => c).ToList()));
            foreach (var (clientId, rows) in records)
            {
                trail.Append(db, AuditActions.AuthenticationFailed, clientId, string.Join(", ", rows.Select(r => r.Endpoint).Distinct().Order(StringComparer.Ordinal)), new
                {
                    minute = minute.Key.ToString("yyyy-MM-ddTHH:mmZ"),
                    count = rows.Sum(r => r.Count),
                    methods = rows.Select(r => r.Method).Distinct().Order(StringComparer.Ordinal),
                    reasons = rows.Select(r => r.Reason).Distinct().Order(StringComparer.Ordinal),
                }, minute.Key);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        lock (_gate)
        {
            if (_unsettled <= lastMinute)
            {
                _unsettled = null;
            }
        }
    }

    private static string TakeStatement(IdentityDbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(FailedAuthenticationCount))!;
        var names = db.GetService<ISqlGenerationHelper>();
        var columns = entity.GetProperties().Select(p => names.DelimitIdentifier(p.GetColumnName()));
        return $"DELETE FROM {names.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema())} " +
            $"WHERE {names.DelimitIdentifier(MinuteProperty(db).GetColumnName())} <= {{0}} RETURNING {string.Join(", ", columns)}";
    }

    private static IProperty MinuteProperty(IdentityDbContext db) =>
        db.Model.FindEntityType(typeof(FailedAuthenticationCount))!.FindProperty(nameof(FailedAuthenticationCount.Minute))!;

    private static DateTimeOffset MinuteOf(DateTimeOffset instant) =>
        new(instant.Ticks - (instant.Ticks % TimeSpan.TicksPerMinute), TimeSpan.Zero);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Failed authentications could not be shared or written; retrying at the next round: {Reason}")]
    private static partial void LogRoundFailed(ILogger logger, string reason);

    private readonly record struct FailureKind(string Endpoint, string Method, string Reason);
}
