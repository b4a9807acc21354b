namespace Hub.Identity.RateLimiting;

/// <summary>
/// The abuse limits of the token endpoint and of the sign-in page's posts, bound from <c>Identity:RateLimits</c>: for
/// tokens one bucket per client id and one per remote address, for sign-in one per user name and client and one per
/// remote address; a request beyond any is answered 429 with <c>Retry-After</c>.
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

    /// <summary>
    /// Sign-in posts per user name and client: a person types a password a few times a day; the lockout (five wrong
    /// passwords) stops guessing, this stops a flood that would keep an account locked or load the password hashing.
    /// </summary>
    public TokenBucketLimit SignInPerUser { get; set; } = new() { Burst = 10, PerSecond = 1 };

    /// <summary>Sign-in posts per remote address, which may front a whole agency's office (a NAT, a proxy).</summary>
    public TokenBucketLimit SignInPerAddress { get; set; } = new() { Burst = 60, PerSecond = 5 };
}
