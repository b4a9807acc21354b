using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Hub.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace Hub.Server.Tests.Transport;

/// <summary>
/// autocannon (50 connections, POST) against the hub, a minimal Kestrel endpoint returning the same bytes, and
/// graphql-yoga, side by side in one run. HUB_BENCH_SECONDS sets the run length (5 s by default in the suite; reported
/// figures use 20 s). The suite checks that every request under load succeeds and prints the rates and ratios; it does
/// not assert a speed, because timings on a shared two-core machine drift (the 60% target is judged from the 20 s run).
/// </summary>
public sealed class ThroughputTests(ITestOutputHelper output)
{
    private static readonly string Seconds = Environment.GetEnvironmentVariable("HUB_BENCH_SECONDS") ?? "5";

    [Theory]
    [InlineData("{ __typename }")]
    [InlineData("introspection")]
    public async Task Under_load_every_request_succeeds_and_the_rates_are_reported_against_a_plain_endpoint_and_graphql_yoga(string document)
    {
        await using var hub = await HubKestrelServer.StartAsync();
        var body = await NodeScript.RunAsync("http", "post.mjs", [hub.GraphQL.ToString(), document], TimeSpan.FromMinutes(1));
        await using var plain = await StartPlainEndpointAsync(Encoding.UTF8.GetBytes(body));
        using var yoga = StartYoga(out var yogaUrl);
        double hubRate, plainRate, yogaRate;
        try
        {
            hubRate = await MeasureAsync(hub.GraphQL.ToString(), document);
            plainRate = await MeasureAsync(new Uri(new Uri(plain.Urls.First()), "/graphql").ToString(), document);
            yogaRate = await MeasureAsync(yogaUrl, document);
        }
        finally
        {
            yoga.Kill(entireProcessTree: true);
        }

        output.WriteLine($"{document}: hub {hubRate:F0} req/s, plain Kestrel {plainRate:F0} req/s ({hubRate / plainRate:P0}), " +
                         $"graphql-yoga {yogaRate:F0} req/s (hub/yoga {hubRate / yogaRate:F1}x)");
        Assert.All([hubRate, plainRate, yogaRate], rate => Assert.True(rate > 0));
    }

    private async Task<double> MeasureAsync(string url, string document)
    {
        var json = await NodeScript.RunAsync("http", "load.mjs", [url, document, Seconds, "50"], TimeSpan.FromMinutes(2));
        output.WriteLine(json);
        var result = JsonDocument.Parse(json).RootElement;
        Assert.Equal(0, result.GetProperty("non2xx").GetInt32());
        Assert.Equal(0, result.GetProperty("errors").GetInt32());
        return result.GetProperty("requestsPerSecond").GetDouble();
    }

    /// <summary>The floor: Kestrel reading the body and writing fixed bytes, with no GraphQL at all.</summary>
    private static async Task<WebApplication> StartPlainEndpointAsync(byte[] response)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPost("/graphql", async context =>
        {
            var reader = context.Request.BodyReader;
            while (true)
            {
                var read = await reader.ReadAsync();
                reader.AdvanceTo(read.Buffer.End);
                if (read.IsCompleted)
                {
                    break;
                }
            }

            context.Response.ContentType = "application/graphql-response+json; charset=utf-8";
            context.Response.ContentLength = response.Length;
            await context.Response.Body.WriteAsync(response);
        });
        await app.StartAsync();
        return app;
    }

    private static Process StartYoga(out string url)
    {
        var start = new ProcessStartInfo("node", ["yoga.mjs", "0"])
        {
            WorkingDirectory = Path.Combine(Repository.Root, "tests", "js", "http"),
            RedirectStandardOutput = true,
        };
        var process = Process.Start(start)!;
        var line = process.StandardOutput.ReadLine() ?? throw new InvalidOperationException("graphql-yoga did not start");
        url = $"http://127.0.0.1:{line.Split(' ')[1]}/graphql";
        return process;
    }
}
