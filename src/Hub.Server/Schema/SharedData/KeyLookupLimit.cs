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
/// <see cref="AuditActions.KeyEnumerationAlert"/>. Counted per replica.
/// </summary>
public sealed class KeyLookupLimit(IOptions<HubOptions> options, AuditTrail trail, TimeProvider time)
{
    /// <summary>The arguments whose values are national keys looked up.</summary>
    public static readonly IReadOnlyList<string> KeyArguments = ["idNumber", "personIdNumber", "uscc"];

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Window> _windows = new(StringComparer.Ordinal);

    /// <summary>Refuses the lookup when <paramref name="caller"/> has used up its misses this hour.</summary>
    public void EnsureAllowed(Caller caller, string argument)
    {
        var limit = options.Value.MissedKeyLookupsPerHour;
        var (hour, misses) = Current(caller.Actor);
        if (misses >= limit)
        {
            throw new GraphQLException(new GraphQLError(
                $"Too many lookups that found nothing: this client has made {misses} this hour (at most {limit}, " +
                $"Hub:MissedKeyLookupsPerHour); lookups by identity number or credit code are refused until {hour.AddHours(1):HH:mm} UTC.",
                extensions: new Dictionary<string, object?> { ["code"] = HubErrorCodes.KeyLookupLimit, ["argument"] = argument }));
        }
    }

    /// <summary>Counts a lookup of <paramref name="coordinate"/> that found nothing; the miss that reaches the limit is audited as an alert.</summary>
    public async Task MissedAsync(Caller caller, string coordinate, CancellationToken cancellationToken)
    {
        var clientId = caller.Actor;
        var limit = options.Value.MissedKeyLookupsPerHour;
        DateTimeOffset hour;
        int misses;
        lock (_gate)
        {
            (hour, misses) = Current(clientId);
            _windows[clientId] = new Window(hour, ++misses);
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
    }

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
