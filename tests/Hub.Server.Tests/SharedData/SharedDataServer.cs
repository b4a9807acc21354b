using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Hub.Data.Hosting;
using Hub.Data.Import;
using Hub.Identity;
using Hub.Identity.Administration;
using Hub.Identity.Policies;
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

    private SharedDataServer(HubKestrelServer hub)
    {
        _hub = hub;
        Http = new HttpClient { BaseAddress = hub.Address };
    }

    public HttpClient Http { get; }

    public IServiceProvider Services => _hub.Services;

    /// <summary>Starts a hub; <paramref name="postgresConnectionString"/> null means the embedded SQLite default.</summary>
    public static async Task<SharedDataServer> StartAsync(string? postgresConnectionString)
    {
        var postgres = postgresConnectionString is null
            ? null
            : new Dictionary<string, string?>
            {
                ["Hub:Database:Provider"] = "PostgreSql",
                ["Hub:Database:ConnectionString"] = postgresConnectionString,
                ["Identity:KeyEncryptionKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            };
        var server = new SharedDataServer(await HubKestrelServer.StartAsync("Production", postgres));
        await server.PrepareAsync();
        return server;
    }

    /// <summary>Creates a client of a test agency with <paramref name="scopes"/> and returns a bearer token for it.</summary>
    public async Task<string> TokenAsync(params string[] scopes)
    {
        var client = await Services.GetRequiredService<IdentityAdministration>()
            .CreateClientAsync(SharedDataRows.AgencyCode, "shared-data test client", scopes, "test");
        using var request = new HttpRequestMessage(HttpMethod.Post, IdentityEndpointPaths.Token)
        {
            Content = new FormUrlEncodedContent([new("grant_type", "client_credentials")]),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{client.ClientId}:{WebUtility.UrlEncode(client.ClientSecret)}")));
        using var response = await Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
    }

    /// <summary>Posts a GraphQL query with the token and returns the response's JSON.</summary>
    public async Task<JsonElement> QueryAsync(string token, string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _hub.DisposeAsync();
    }

    private async Task PrepareAsync()
    {
        await Services.GetRequiredService<IdentityStoreInitializer>().Ready;
        var folder = Services.GetRequiredService<IOptions<HubIdentityOptions>>().Value.PoliciesFolder!;
        await Services.GetRequiredService<PolicyApplier>().ApplyAsync(await PolicyLoader.LoadAsync(folder), "test");
        await Services.GetRequiredService<IdentityAdministration>()
            .CreateAgencyAsync(SharedDataRows.AgencyCode, "Shared-data test procuratorate", "procuratorate", "430281", "test");

        var files = Directory.CreateTempSubdirectory("hub-shared-data-import-").FullName;
        var importer = Services.GetRequiredService<HubDatabase>().CreateImporter();
        await using var rejects = new RejectReport(Path.Combine(files, "rejects.csv"));
        foreach (var (dataSet, csv) in SharedDataRows.Files())
        {
            var path = Path.Combine(files, $"{dataSet}.csv");
            await File.WriteAllTextAsync(path, csv);
            var summary = await importer.ImportAsync(dataSet, path, rejects);
            Assert.Equal(0, summary.Rejected);
        }

        Directory.Delete(files, recursive: true);
    }
}
