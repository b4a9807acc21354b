using System.Text.Json;
using Hub.Data.Hosting;
using Hub.Supervision.Running;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Server.Tests.Jurisdiction;

/// <summary>
/// The <see cref="JurisdictionFixture"/> after M01 was run once in 天元区 (430211) without a jurisdiction, as
/// <c>hub models run</c> runs it: its rules read every region's rows.
/// </summary>
public sealed class UnboundRunFixture : IAsyncLifetime
{
    public JurisdictionFixture Hub { get; } = new();

    /// <summary>How many clues the run created.</summary>
    public int CluesCreated { get; private set; }

    public async Task InitializeAsync()
    {
        await Hub.InitializeAsync();
        var parameters = JurisdictionClueFixture.Parameters.Select(p => JsonSerializer.SerializeToElement(p))
            .ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("value").GetString()!);
        var run = await new ModelRunner(Hub.Hub.Services.GetRequiredService<HubDatabase>().Options)
            .RunAsync(new RunRequest("M01", new DateOnly(2025, 6, 30), JurisdictionRows.RegionB, parameters, "cli"));
        CluesCreated = run.CluesCreated;
    }

    public Task DisposeAsync() => Hub.DisposeAsync();
}
