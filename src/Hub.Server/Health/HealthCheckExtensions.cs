using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Hub.Server.Health;

/// <summary>Liveness (<c>/healthz</c>) and readiness (<c>/readyz</c>) endpoints.</summary>
public static class HealthCheckExtensions
{
    /// <summary>The tag of the checks that decide readiness.</summary>
    public const string ReadyTag = "ready";

    /// <summary>Registers the readiness checks (the database must answer).</summary>
    public static IServiceCollection AddHubHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DatabaseReadinessCheck>("database", tags: [ReadyTag]);
        return services;
    }

    /// <summary>
    /// Maps <c>/healthz</c> (the process serves requests; runs no checks) and <c>/readyz</c> (every readiness
    /// check passes; 503 otherwise), so orchestrators restart a dead process but only route to a ready one.
    /// </summary>
    public static IEndpointRouteBuilder MapHubHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks("/readyz", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadyTag),
            ResponseWriter = HealthReportWriter.WriteAsync,
        });
        return endpoints;
    }
}
