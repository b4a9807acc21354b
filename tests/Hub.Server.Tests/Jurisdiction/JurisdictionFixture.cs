using Hub.Data.Hosting;
using Hub.Data.Import;
using Hub.Identity.Administration;
using Hub.Server.Tests.Administration;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Server.Tests.Jurisdiction;

/// <summary>
/// A hub on a fresh PostgreSQL database with the <see cref="JurisdictionRows"/> imported against their agency
/// directory, and two tokens per agency: one that reads the shared data, one that reads clues and runs models.
/// </summary>
public sealed class JurisdictionFixture : IAsyncLifetime
{
    private const string Scopes = "persons.read organizations.read enforcement.read judicial.read";

    private const string ClueScopes = "clues.read models.run";

    private readonly Dictionary<string, string> _tokens = new(StringComparer.Ordinal);

    private readonly Dictionary<string, string> _clueTokens = new(StringComparer.Ordinal);

    public HubKestrelServer Hub { get; private set; } = null!;

    public HubHttpClient Http { get; private set; } = null!;

    /// <summary>The directory the rows were imported against: agency code → region.</summary>
    public IReadOnlyDictionary<string, string> Directory { get; } = JurisdictionRows.Agencies.ToDictionary(a => a.Code, a => a.Region);

    /// <summary>The token of the agency <paramref name="code"/>: persons, organisations, enforcement and judicial data.</summary>
    public string Token(string code) => _tokens[code];

    /// <summary>The token of the agency <paramref name="code"/> that reads clues and runs models.</summary>
    public string ClueToken(string code) => _clueTokens[code];

    public async Task InitializeAsync()
    {
        // The property test asks hundreds of filtered questions whose person a county may not see: none of them is an
        // enumeration, so the limit on lookups that find nothing is raised out of their way.
        Hub = await HubKestrelServer.StartOnPostgresAsync("hub_jurisdiction", new Dictionary<string, string?> { ["Hub:MissedKeyLookupsPerHour"] = "100000" });
        Http = new HubHttpClient(Hub.Address);
        var administration = Hub.Services.GetRequiredService<IdentityAdministration>();
        foreach (var (code, kind, region) in JurisdictionRows.Agencies)
        {
            await administration.CreateAgencyAsync(code, $"{code} isolation agency", kind, region, "test");
            var client = await administration.CreateClientAsync(code, $"{code} client", Scopes.Split(' '), "test");
            _tokens[code] = await Http.AccessTokenAsync(client.ClientId, client.ClientSecret!, scope: null);
            var clueClient = await administration.CreateClientAsync(code, $"{code} clue client", ClueScopes.Split(' '), "test");
            _clueTokens[code] = await Http.AccessTokenAsync(clueClient.ClientId, clueClient.ClientSecret!, scope: null);
        }

        var folder = System.IO.Directory.CreateTempSubdirectory("hub-jurisdiction-").FullName;
        var importer = Hub.Services.GetRequiredService<HubDatabase>().CreateImporter(agencyRegions: Directory);
        await using (var rejects = new RejectReport(Path.Combine(folder, "rejects.csv")))
        {
            foreach (var (dataSet, csv) in JurisdictionRows.Files())
            {
                var path = Path.Combine(folder, $"{dataSet}.csv");
                await File.WriteAllTextAsync(path, csv);
                await importer.ImportAsync(dataSet, path, rejects);
                Assert.True(rejects.Entries.Count == 0, string.Join("; ", rejects.Entries));
            }
        }

        System.IO.Directory.Delete(folder, recursive: true);
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Hub.DisposeAsync();
    }
}
