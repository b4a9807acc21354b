using System.Text.Json;
using Hub.Testing;

namespace Hub.Server.Tests.Ide;

/// <summary>Debian's chromium (through playwright-core) opens the IDE, runs a query, and never leaves 127.0.0.1.</summary>
public sealed class BananaCakePopBrowserTests
{
    [Fact]
    public async Task The_ide_runs_a_query_without_any_request_leaving_the_machine()
    {
        await using var server = await HubKestrelServer.StartAsync();

        var json = await NodeScript.RunAsync("http", "browser.mjs",
            [new Uri(server.Address, "/graphql/").ToString(), "{ version { runtime } }"], TimeSpan.FromMinutes(3));
        var report = JsonDocument.Parse(json).RootElement;

        Assert.Equal(200, report.GetProperty("status").GetInt32());
        Assert.StartsWith(".NET", report.GetProperty("body").GetProperty("data").GetProperty("version").GetProperty("runtime").GetString());
        var requested = report.GetProperty("requested").EnumerateArray().Select(url => new Uri(url.GetString()!)).ToList();
        Assert.Contains(requested, url => url.AbsolutePath == "/graphql/bcp-config.json");
        Assert.All(requested, url => Assert.Equal("127.0.0.1", url.Host));
    }
}
