using System.Security.Cryptography;
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
        Http = new HttpClient { BaseAddress = hub.Address };
        _http = new HubHttpClient(Http);
    }

    /// <summary>A client of the hub's address.</summary>
    public HttpClient Http { get; }

    public IServiceProvider Services => _hub.Services;

    /// <summary>Starts a hub on this PostgreSQL database, or on the embedded SQLite default when it is null.</summary>
    public static async Task<SharedDataServer> StartAsync(string? postgresConnectionString)
    {
        var settings = postgresConnectionString is null ? null : new Dictionary<string, string?>
        {
            ["Hub:Database:Provider"] = "PostgreSql",
            ["Hub:Database:ConnectionString"] = postgresConnectionString,
            ["Identity:KeyEncryptionKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        };
        var server = new SharedDataServer(await HubKestrelServer.StartAsync(settings: settings));
        await server.PrepareAsync();
        return server;
    }

    /// <summary>Registers a client of the test agency with <paramref name="scopes"/> and gets its token at <c>/connect/token</c>.</summary>
    public async Task<string> TokenAsync(params string[] scopes)
    {
        var client = await _hub.RegisterClientAsync(SharedDataRows.AgencyCode, scopes);
        return await _http.AccessTokenAsync(client.ClientId, client.ClientSecret!, scope: null);
    }

    /// <summary>Posts a GraphQL query with the token and returns the response's JSON.</summary>
    public Task<JsonElement> QueryAsync(string token, string query) => _http.GraphQLAsync(query, accessToken: token);

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _hub.DisposeAsync();
    }

    private async Task PrepareAsync()
    {
        await Services.GetRequiredService<IdentityStoreInitializer>().Ready;
        var folder = Services.GetRequiredService<IOptions<HubIdentityOptions>>().Value.PoliciesFolder!;
        await Services.GetRequiredService<PolicyApplier>().ApplyAsync(await PolicyLoader.LoadAsync(folder), "test");

        var files = Directory.CreateTempSubdirectory("hub-shared-data-import-").FullName;
        var importer = Services.GetRequiredService<HubDatabase>().CreateImporter();
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
