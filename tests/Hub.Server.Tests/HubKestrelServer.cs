using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Hub.Identity.Administration;
using Hub.Server.Hosting;
using Hub.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Server.Tests;

/// <summary>The real hub (same composition as <c>hub serve</c>) on a free 127.0.0.1 Kestrel port.</summary>
public sealed class HubKestrelServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _dataFolder;
    private readonly HashSet<string> _agencies = [];
    private Task? _stopping;

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

    /// <summary>The host's services (identity administration, data context factories…).</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>
    /// Starts the hub on a free port chosen up front, so the issuer the hub derives from its URL is the real one.
    /// <paramref name="settings"/> override configuration (e.g. <c>Hub:Database:Provider</c>).
    /// </summary>
    public static async Task<HubKestrelServer> StartAsync(string environment = "Production", IReadOnlyDictionary<string, string?>? settings = null)
    {
        var dataFolder = Directory.CreateTempSubdirectory("hub-kestrel-").FullName;
        var address = $"http://127.0.0.1:{FreePort()}";
        string[] arguments =
        [
            $"--urls={address}", $"--Hub:DataFolder={dataFolder}", $"--environment={environment}", "--Hub:SeedOnFirstStart=false",
            "--Logging:LogLevel:Default=Warning", .. (settings ?? new Dictionary<string, string?>()).Select(setting => $"--{setting.Key}={setting.Value}"),
        ];
        var app = HubApplication.Build(arguments);
        await app.StartAsync();
        return new HubKestrelServer(app, dataFolder, new Uri(address + "/"));
    }

    /// <summary>The hub on a fresh database of the test PostgreSQL server, with a key-encryption key of its own and any other <paramref name="settings"/>.</summary>
    public static async Task<HubKestrelServer> StartOnPostgresAsync(string databaseName, IReadOnlyDictionary<string, string?>? settings = null) =>
        await StartAsync(settings: new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["Hub:Database:Provider"] = "PostgreSql",
            ["Hub:Database:ConnectionString"] = await PostgresServer.Shared.CreateDatabaseAsync(databaseName),
            ["Identity:KeyEncryptionKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        });

    /// <summary>Registers a client of a new test agency <paramref name="agencyCode"/>: with a secret, or with a JWKS for private_key_jwt.</summary>
    public async Task<ClientRegistration> RegisterClientAsync(string agencyCode, IReadOnlyCollection<string> scopes, string? jsonWebKeySet = null)
    {
        var administration = Services.GetRequiredService<IdentityAdministration>();
        if (_agencies.Add(agencyCode))
        {
            await administration.CreateAgencyAsync(agencyCode, $"{agencyCode} test agency", "procuratorate", "430281", "test");
        }

        return await administration.CreateClientAsync(agencyCode, $"{agencyCode} test client", scopes, "test", jsonWebKeySet);
    }

    /// <summary>Begins a graceful shutdown (once): stops accepting connections and drains in-flight requests.</summary>
    public Task StopAsync() => _stopping ??= _app.StopAsync();

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await _app.DisposeAsync();
        Directory.Delete(_dataFolder, recursive: true);
    }

    /// <summary>A loopback port free at the time of asking.</summary>
    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
