namespace Hub.Identity.RateLimiting;

/// <summary>One token bucket: <see cref="Burst"/> requests at once, refilled by <see cref="PerSecond"/> each second.</summary>
public sealed class TokenBucketLimit
{
    /// <summary>How many requests may come at once after a quiet spell.</summary>
    public int Burst { get; set; }

    /// <summary>How many requests a second are allowed in the long run.</summary>
    public int PerSecond { get; set; }
}
