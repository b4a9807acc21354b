using Hub.Server.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Server.Tests;

/// <summary>The real hub (same composition as <c>hub serve</c>) on a free 127.0.0.1 Kestrel port.</summary>
public sealed class HubKestrelServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _dataFolder;

    private HubKestrelServer(WebApplication app, string dataFolder, Uri address)
    {
        _app = app;
        _dataFolder = dataFolder;
        Address = address;
    }

    /// <summary>The server's base address, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Address { get; }

    /// <summary>The GraphQL endpoint.</summary>
    public Uri GraphQL => new(Address, "/graphql");

    /// <summary>The running hub's services (to prepare state the tests then use over HTTP).</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>Starts the hub; <paramref name="settings"/> override configuration keys (e.g. <c>Hub:Database:Provider</c>).</summary>
    public static async Task<HubKestrelServer> StartAsync(string environment = "Production", IReadOnlyDictionary<string, string>? settings = null)
    {
        var dataFolder = Directory.CreateTempSubdirectory("hub-kestrel-").FullName;
        var app = HubApplication.Build(
        [
            "--urls=http://127.0.0.1:0", $"--Hub:DataFolder={dataFolder}", $"--environment={environment}", "--Hub:SeedOnFirstStart=false",
            "--Logging:LogLevel:Default=Warning", .. (settings ?? new Dictionary<string, string>()).Select(s => $"--{s.Key}={s.Value}"),
        ]);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new HubKestrelServer(app, dataFolder, new Uri(address + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Directory.Delete(_dataFolder, recursive: true);
    }
}
