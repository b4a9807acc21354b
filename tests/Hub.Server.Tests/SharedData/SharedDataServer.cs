using System.Text.Json;
using Hub.Data.Hosting;
using Hub.Data.Import;
using Hub.Identity;
using Hub.Identity.Policies;
using Hub.Server.Tests.Administration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hub.Server.Tests.SharedData;

/// <summary>
/// The real hub on Kestrel over PostgreSQL or the embedded SQLite file, with the policies of the repository applied,
/// the <see cref="SharedDataRows"/> imported through the hub's importer, and clients whose tokens come from the
/// hub's own token endpoint.
/// </summary>
public sealed class SharedDataServer : IAsyncDisposable
{
    private readonly HubKestrelServer _hub;
    private readonly HubHttpClient _http;

    private SharedDataServer(HubKestrelServer hub)
    {
        _hub = hub;
        _http = new HubHttpClient(hub.Address);
    }

    public IServiceProvider Services => _hub.Services;

    /// <summary>The hub's base address.</summary>
    public Uri Address => _hub.Address;

    /// <summary>Starts a hub on a fresh PostgreSQL database, or on the embedded SQLite default, with further <paramref name="settings"/>.</summary>
    public static async Task<SharedDataServer> StartAsync(bool onPostgres, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var server = await StartEmptyAsync(onPostgres, settings);
        await server.ImportTestRowsAsync();
        return server;
    }

    /// <summary>Starts a hub like <see cref="StartAsync"/> holding the generated demo data of <paramref name="seed"/> instead of the test rows.</summary>
    public static async Task<SharedDataServer> StartWithDemoDataAsync(bool onPostgres, int seed)
    {
        var server = await StartEmptyAsync(onPostgres);
        Assert.True(await server.Services.GetRequiredService<HubDatabase>().SeedDemoDataAsync(scale: 1, seed: seed));
        return server;
    }

    /// <summary>Registers a client of the test agency with <paramref name="scopes"/> and gets its token at <c>/connect/token</c>.</summary>
    public async Task<string> TokenAsync(params string[] scopes)
    {
        var client = await _hub.RegisterClientAsync(SharedDataRows.AgencyCode, scopes);
        return await _http.AccessTokenAsync(client.ClientId, client.ClientSecret!, scope: null);
    }

    /// <summary>Registers a client like <see cref="TokenAsync"/> and returns its credentials with its token (for revoking it).</summary>
    public async Task<(string ClientId, string Secret, string Token)> ClientAsync(params string[] scopes)
    {
        var client = await _hub.RegisterClientAsync(SharedDataRows.AgencyCode, scopes);
        return (client.ClientId, client.ClientSecret!, await _http.AccessTokenAsync(client.ClientId, client.ClientSecret!, scope: null));
    }

    /// <summary>Posts a GraphQL query with the token (none: anonymous) and returns the response's JSON.</summary>
    public Task<JsonElement> QueryAsync(string? token, string query) => _http.GraphQLAsync(query, accessToken: token);

    /// <summary>Imports further rows (data set, CSV lines with a header) through the hub's importer; every row must be accepted.</summary>
    public async Task ImportAsync(IEnumerable<(string DataSet, string[] Lines)> files)
    {
        var folder = Directory.CreateTempSubdirectory("hub-shared-data-extra-").FullName;
        var importer = Services.GetRequiredService<HubDatabase>().CreateImporter(agencyRegions: SharedDataRows.Providers);
        await using (var rejects = new RejectReport(Path.Combine(folder, "rejects.csv")))
        {
            foreach (var (dataSet, lines) in files)
            {
                var path = Path.Combine(folder, dataSet + ".csv");
                await File.WriteAllLinesAsync(path, lines);
                Assert.Equal(0, (await importer.ImportAsync(dataSet, path, rejects)).Rejected);
            }
        }

        Directory.Delete(folder, recursive: true);
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _hub.DisposeAsync();
    }

    private static async Task<SharedDataServer> StartEmptyAsync(bool onPostgres, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var server = new SharedDataServer(onPostgres
            ? await HubKestrelServer.StartOnPostgresAsync("hub_shared_data", settings)
            : await HubKestrelServer.StartAsync(settings: settings));
        await server.Services.GetRequiredService<IdentityStoreInitializer>().Ready;
        var folder = server.Services.GetRequiredService<IOptions<HubIdentityOptions>>().Value.PoliciesFolder!;
        await server.Services.GetRequiredService<PolicyApplier>().ApplyAsync(await PolicyLoader.LoadAsync(folder), "test");
        return server;
    }

    private async Task ImportTestRowsAsync()
    {

        var files = Directory.CreateTempSubdirectory("hub-shared-data-import-").FullName;
        var importer = Services.GetRequiredService<HubDatabase>().CreateImporter(agencyRegions: SharedDataRows.Providers);
        await using (var rejects = new RejectReport(Path.Combine(files, "rejects.csv")))
        {
            foreach (var (dataSet, csv) in SharedDataRows.Files())
            {
                var path = Path.Combine(files, $"{dataSet}.csv");
                await File.WriteAllTextAsync(path, csv);
                Assert.Equal(0, (await importer.ImportAsync(dataSet, path, rejects)).Rejected);
            }
        }

        Directory.Delete(files, recursive: true);
    }
}
