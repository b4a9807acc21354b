namespace Hub.Identity.RateLimiting;

/// <summary>
/// The abuse limits of the token endpoint, bound from <c>Identity:RateLimits</c>: one bucket per client id and one per
/// remote address; a request beyond either is answered 429 with <c>Retry-After</c>.
/// </summary>
public sealed class TokenRateLimitOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "Identity:RateLimits";

    /// <summary>Off turns both limits off.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Per client id (from Basic authentication or the form's <c>client_id</c>). A client needs a token every few minutes;
    /// the default leaves room for the token-endpoint load test (about 130 requests a second from one client).
    /// </summary>
    public TokenBucketLimit PerClient { get; set; } = new() { Burst = 1000, PerSecond = 300 };

    /// <summary>Per remote address, which may front several agencies' clients (a NAT, a proxy), hence twice the client's.</summary>
    public TokenBucketLimit PerAddress { get; set; } = new() { Burst = 2000, PerSecond = 600 };
}
