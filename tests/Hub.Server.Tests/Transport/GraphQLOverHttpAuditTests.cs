using System.Text.Json;
using Hub.Testing;
using Xunit.Abstractions;

namespace Hub.Server.Tests.Transport;

/// <summary>The graphql-http audit suite (npm graphql-http 1.23.1) against the real hub on a Kestrel port.</summary>
public sealed class GraphQLOverHttpAuditTests(ITestOutputHelper output)
{
    [Fact]
    public async Task The_hub_passes_every_must_and_should_audit()
    {
        await using var server = await HubKestrelServer.StartAsync();

        var json = await NodeScript.RunAsync("http", "audit.mjs", [server.GraphQL.ToString()], TimeSpan.FromMinutes(2));
        var report = JsonDocument.Parse(json).RootElement;
        output.WriteLine(json);

        Assert.Equal(13, report.GetProperty("MUST").GetProperty("total").GetInt32());
        Assert.Equal(23, report.GetProperty("SHOULD").GetProperty("total").GetInt32());
        var failures = report.GetProperty("failures").EnumerateArray()
            .Where(failure => !failure.GetProperty("name").GetString()!.StartsWith("MAY", StringComparison.Ordinal))
            .Select(failure => $"{failure.GetProperty("name").GetString()}: {failure.GetProperty("reason").GetString()}")
            .ToList();
        Assert.Empty(failures);
        Assert.Equal(13, report.GetProperty("MUST").GetProperty("passed").GetInt32());
        Assert.Equal(23, report.GetProperty("SHOULD").GetProperty("passed").GetInt32());
        output.WriteLine($"MAY: {report.GetProperty("MAY").GetProperty("passed")}/{report.GetProperty("MAY").GetProperty("total")}");
    }
}
