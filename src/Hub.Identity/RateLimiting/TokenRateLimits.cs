using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hub.Identity.RateLimiting;

/// <summary>
/// ASP.NET Core's rate limiter on the token endpoint and on the sign-in page's posts, chosen by path
/// (<see cref="IdentityEndpointPaths.Token"/>, <see cref="IdentityEndpointPaths.Authorization"/>) rather than by
/// endpoint, so it holds whatever serves those paths: for tokens a bucket per client id and one per remote address; for
/// sign-in a bucket per user name and client and one per remote address.
/// </summary>
public static class TokenRateLimits
{
    /// <summary>Registers the limiter configured from <see cref="TokenRateLimitOptions.SectionName"/>.</summary>
    public static IServiceCollection AddTokenRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TokenRateLimitOptions>().Bind(configuration.GetSection(TokenRateLimitOptions.SectionName));
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<TokenRateLimitOptions>>((limiter, limits) =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = RejectAsync;
            limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(context => TokenRequestClientId.Of(context) is { } clientId
                    ? RateLimitPartition.GetTokenBucketLimiter(clientId, _ => Bucket(limits.Value.PerClient))
                    : RateLimitPartition.GetNoLimiter(string.Empty)),
                PartitionedRateLimiter.Create<HttpContext, string>(context => TokenRequestClientId.IsTokenRequest(context)
                    ? RateLimitPartition.GetTokenBucketLimiter(context.Connection.RemoteIpAddress?.ToString() ?? string.Empty, _ => Bucket(limits.Value.PerAddress))
                    : RateLimitPartition.GetNoLimiter(string.Empty)),
                PartitionedRateLimiter.Create<HttpContext, string>(context => SignInAttempt.Of(context) is { } attempt
                    ? RateLimitPartition.GetTokenBucketLimiter(attempt, _ => Bucket(limits.Value.SignInPerUser))
                    : RateLimitPartition.GetNoLimiter(string.Empty)),
                PartitionedRateLimiter.Create<HttpContext, string>(context => SignInAttempt.IsSignInPost(context)
                    ? RateLimitPartition.GetTokenBucketLimiter(context.Connection.RemoteIpAddress?.ToString() ?? string.Empty, _ => Bucket(limits.Value.SignInPerAddress))
                    : RateLimitPartition.GetNoLimiter(string.Empty)));
        });
        return services;
    }

    /// <summary>Reads a token request's client id, then applies the limits; nothing when they are off.</summary>
    public static IApplicationBuilder UseTokenRateLimits(this IApplicationBuilder app)
    {
        if (!app.ApplicationServices.GetRequiredService<IOptions<TokenRateLimitOptions>>().Value.Enabled)
        {
            return app;
        }

        return app.Use(async (context, next) =>
        {
            await TokenRequestClientId.ReadAsync(context);
            await SignInAttempt.ReadAsync(context);
            await next(context);
        }).UseRateLimiter();
    }

    private static TokenBucketRateLimiterOptions Bucket(TokenBucketLimit limit) => new()
    {
        TokenLimit = limit.Burst,
        TokensPerPeriod = limit.PerSecond,
        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
        QueueLimit = 0,
        // The partitioned limiter refills every bucket from its one timer; a timer per client id would be one per name tried.
        AutoReplenishment = false,
    };

    /// <summary>429 with <c>Retry-After</c> (whole seconds, at least one) and an OAuth error body (RFC 6749 §5.2's form).</summary>
    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        var response = rejected.HttpContext.Response;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        response.Headers.CacheControl = "no-store";
        await response.WriteAsJsonAsync(new Dictionary<string, string>
        {
            ["error"] = "temporarily_unavailable",
            ["error_description"] = SignInAttempt.IsSignInPost(rejected.HttpContext)
                ? $"Too many sign-in attempts; retry after {seconds} second(s)."
                : $"Too many token requests; retry after {seconds} second(s).",
        }, cancellationToken);
    }
}
