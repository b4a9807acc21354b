namespace Hub.Identity.Storage;

/// <summary>
/// The waits between attempts of a task that keeps retrying (a background loop, a start-up step): doubling from the
/// first wait up to the longest, back to the first after a success. Not thread-safe: one owner retries.
/// </summary>
public sealed class RetryBackoff
{
    private readonly TimeSpan _first;
    private readonly TimeSpan _longest;
    private TimeSpan _next;

    /// <summary>Waits that start at <paramref name="first"/> and double up to <paramref name="longest"/>.</summary>
    public RetryBackoff(TimeSpan first, TimeSpan longest)
    {
        _first = first;
        _longest = longest;
        _next = first;
    }

    /// <summary>The attempts that failed since the last success.</summary>
    public int Failures { get; private set; }

    /// <summary>Records a failed attempt and returns how long to wait before the next one.</summary>
    public TimeSpan Failed()
    {
        Failures++;
        var wait = _next;
        _next = _next * 2 < _longest ? _next * 2 : _longest;
        return wait;
    }

    /// <summary>Records a success: the next failure waits the shortest time again.</summary>
    public void Succeeded()
    {
        Failures = 0;
        _next = _first;
    }
}
