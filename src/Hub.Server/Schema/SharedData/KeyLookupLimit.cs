using Hub.GraphQL.Errors;
using Hub.Identity.Audit;
using Hub.Server.Hosting;
using Microsoft.Extensions.Options;

namespace Hub.Server.Schema.SharedData;

/// <summary>
/// Limits key lookups that find nothing, per client and clock hour (<see cref="HubOptions.MissedKeyLookupsPerHour"/>).
/// A masked identity number keeps its region and last four characters, so a few dozen guesses at the birth date
/// recover it; past the limit every lookup by identity number or credit code of that client is refused for the rest
/// of the hour (refusing only misses would still tell hits from misses), and the burst is audited once as
/// <see cref="AuditActions.KeyEnumerationAlert"/>. The misses are counted in the database
/// (<see cref="KeyLookupMissCounts"/>), so hub processes on one database share the limit; each refuses from what it
/// last learnt of the count, which a miss in it updates, so a lookup that finds its row costs no query. A process
/// that has not yet seen the client miss learns the count at its first miss and refuses that one: with N processes,
/// at most N - 1 misses beyond the limit are made, instead of N times the limit.
/// </summary>
public sealed class KeyLookupLimit(IOptions<HubOptions> options, KeyLookupMissCounts counts, AuditTrail trail, TimeProvider time)
{
    /// <summary>The arguments whose values are national keys looked up.</summary>
    public static readonly IReadOnlyList<string> KeyArguments = ["idNumber", "personIdNumber", "uscc"];

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Window> _windows = new(StringComparer.Ordinal);

    /// <summary>Refuses the lookup when <paramref name="caller"/> has used up its misses this hour.</summary>
    public void EnsureAllowed(Caller caller, string argument)
    {
        var (hour, misses) = Current(caller.Actor);
        if (misses >= options.Value.MissedKeyLookupsPerHour)
        {
            throw Refusal(hour, misses, argument);
        }
    }

    /// <summary>
    /// Counts a lookup of <paramref name="coordinate"/> by <paramref name="argument"/> that found nothing; the miss that
    /// reaches the limit is audited as an alert, and one beyond it (made in another process) is refused.
    /// </summary>
    public async Task MissedAsync(Caller caller, string coordinate, string argument, CancellationToken cancellationToken)
    {
        var clientId = caller.Actor;
        var limit = options.Value.MissedKeyLookupsPerHour;
        var (hour, _) = Current(clientId);
        var misses = await counts.AddAsync(clientId, hour, cancellationToken);
        lock (_gate)
        {
            if (!_windows.TryGetValue(clientId, out var known) || known.Hour != hour || known.Misses < misses)
            {
                _windows[clientId] = new Window(hour, misses);
            }
        }

        if (misses == limit)
        {
            await trail.RecordAsync(AuditActions.KeyEnumerationAlert, clientId, coordinate, new
            {
                agency = caller.Agency,
                misses,
                limit,
                hour = hour.ToString("yyyy-MM-ddTHH:mmZ"),
            }, cancellationToken);
        }
        else if (misses > limit)
        {
            throw Refusal(hour, misses, argument);
        }
    }

    private GraphQLException Refusal(DateTimeOffset hour, int misses, string argument) => new(new GraphQLError(
        $"Too many lookups that found nothing: this client has made {misses} this hour (at most {options.Value.MissedKeyLookupsPerHour}, " +
        $"Hub:MissedKeyLookupsPerHour); lookups by identity number or credit code are refused until {hour.AddHours(1):HH:mm} UTC.",
        extensions: new Dictionary<string, object?> { ["code"] = HubErrorCodes.KeyLookupLimit, ["argument"] = argument }));

    private (DateTimeOffset Hour, int Misses) Current(string clientId)
    {
        var now = time.GetUtcNow();
        var hour = new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerHour), TimeSpan.Zero);
        lock (_gate)
        {
            return _windows.TryGetValue(clientId, out var window) && window.Hour == hour ? (hour, window.Misses) : (hour, 0);
        }
    }

    private sealed record Window(DateTimeOffset Hour, int Misses);
}
