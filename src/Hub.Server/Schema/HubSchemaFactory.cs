using System.Reflection;
using System.Runtime.InteropServices;
using Hub.GraphQL.Types;
using Hub.Server.Health;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hub.Server.Schema;

/// <summary>
/// Builds the hub's GraphQL schema from <c>HubSchema.graphql</c> (embedded) and its resolvers. Each area adds its
/// SDL file and bindings here with one line.
/// </summary>
public static class HubSchemaFactory
{
    /// <summary>The hub's schema.</summary>
    public static GraphQL.Types.Schema Create() => SchemaBuilder.New()
        .AddSdl(ReadSdl("HubSchema.graphql"))
        .BindResolver("Query", "version", _ => ValueTask.FromResult<object?>(VersionInfo()))
        .BindResolver("Query", "health", HealthAsync)
        .Build();

    private static Dictionary<string, object?> VersionInfo() => new()
    {
        ["hub"] = typeof(HubSchemaFactory).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown",
        ["runtime"] = RuntimeInformation.FrameworkDescription,
    };

    private static async ValueTask<object?> HealthAsync(GraphQL.Types.Resolvers.IResolverContext context)
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

    private static string ReadSdl(string name)
    {
        using var stream = typeof(HubSchemaFactory).Assembly.GetManifestResourceStream($"Hub.Server.Schema.{name}")
            ?? throw new InvalidOperationException($"The embedded schema file Schema/{name} is missing from the hub assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
