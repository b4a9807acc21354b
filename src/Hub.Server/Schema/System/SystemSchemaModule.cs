using System.Reflection;
using System.Runtime.InteropServices;
using Hub.GraphQL.Types;
using Hub.GraphQL.Types.Resolvers;
using Hub.Server.Health;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hub.Server.Schema.System;

/// <summary>The hub's own state: its version and its readiness checks.</summary>
public sealed class SystemSchemaModule : IHubSchemaModule
{
    /// <inheritdoc />
    public string SdlFile => "System.graphql";

    /// <inheritdoc />
    public void BindResolvers(SchemaBuilder builder) => builder
        .BindResolver("Query", "version", _ => ValueTask.FromResult<object?>(VersionInfo()))
        .BindResolver("Query", "health", HealthAsync);

    private static Dictionary<string, object?> VersionInfo() => new()
    {
        ["hub"] = typeof(SystemSchemaModule).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown",
        ["runtime"] = RuntimeInformation.FrameworkDescription,
    };

    private static async ValueTask<object?> HealthAsync(IResolverContext context)
    {
        var report = await context.Services.GetRequiredService<HealthCheckService>()
            .CheckHealthAsync(check => check.Tags.Contains(HealthCheckExtensions.ReadyTag), context.RequestAborted);
        return new Dictionary<string, object?>
        {
            ["status"] = report.Status.ToString(),
            ["checks"] = report.Entries.Select(entry => new Dictionary<string, object?>
            {
                ["name"] = entry.Key,
                ["status"] = entry.Value.Status.ToString(),
                ["description"] = entry.Value.Description,
            }).ToList(),
        };
    }
}
