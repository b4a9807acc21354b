using System.Text.Json;
using Hub.Identity.Policies;
using Hub.Server.Tests.Transport;
using Hub.Testing;

namespace Hub.Server.Tests.Administration;

/// <summary>The public agency directory: no token needed, the bootstrap agencies of policies/agencies.yaml.</summary>
[Collection(AdministrationCollection.Name)]
public sealed class AgencyDirectoryTests(AdminHubFixture hub)
{
    private const string DirectoryQuery = """
        query Directory($kind: String, $region: String) {
          agencies(kind: $kind, regionCode: $region) { code name kind regionCode suspended createdAt }
        }
        """;

    [Fact]
    public async Task Agencies_lists_the_bootstrap_agencies_ordered_by_code_without_a_token()
    {
        var bootstrap = await BootstrapAgenciesAsync();

        var body = await hub.Http.GraphQLAsync(DirectoryQuery);

        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
        var agencies = body.GetProperty("data").GetProperty("agencies").EnumerateArray().ToList();
        var codes = agencies.Select(a => a.GetProperty("code").GetString()!).ToList();
        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
        Assert.Superset(bootstrap.Select(a => a.Code).ToHashSet(), codes.ToHashSet());
        foreach (var expected in bootstrap)
        {
            var agency = agencies.Single(a => a.GetProperty("code").GetString() == expected.Code);
            Assert.Equal(expected.Name, agency.GetProperty("name").GetString());
            Assert.Equal(expected.Kind, agency.GetProperty("kind").GetString());
            Assert.Equal(expected.RegionCode, agency.GetProperty("regionCode").GetString());
            Assert.True(DateTimeOffset.Parse(agency.GetProperty("createdAt").GetString()!) <= DateTimeOffset.UtcNow);
        }
    }

    [Fact]
    public async Task Agencies_filters_by_kind_and_by_region()
    {
        var all = (await hub.Http.GraphQLAsync(DirectoryQuery)).GetProperty("data").GetProperty("agencies").EnumerateArray()
            .Select(a => (Code: a.GetProperty("code").GetString()!, Kind: a.GetProperty("kind").GetString(), Region: a.GetProperty("regionCode").GetString()))
            .ToList();

        var procuratorates = await CodesAsync(new { kind = "procuratorate" });
        var liling = await CodesAsync(new { region = "430281" });
        var both = await CodesAsync(new { kind = "procuratorate", region = "430281" });

        Assert.Equal(all.Where(a => a.Kind == "procuratorate").Select(a => a.Code), procuratorates);
        Assert.Equal(all.Where(a => a.Region == "430281").Select(a => a.Code), liling);
        Assert.Equal(all.Where(a => a.Kind == "procuratorate" && a.Region == "430281").Select(a => a.Code), both);
        Assert.Superset((await BootstrapAgenciesAsync()).Where(a => a.Kind == "procuratorate").Select(a => a.Code).ToHashSet(), procuratorates.ToHashSet());
        Assert.Contains("SPP-430281", both);
    }

    [Fact]
    public async Task Agency_by_code_returns_it_and_null_for_an_unknown_code()
    {
        var body = await hub.Http.GraphQLAsync("""
            { psb: agency(code: "PSB-430281") { code name kind regionCode suspended } none: agency(code: "NOPE-000000") { code } }
            """);

        var psb = body.GetProperty("data").GetProperty("psb");
        Assert.Equal("PSB-430281", psb.GetProperty("code").GetString());
        Assert.Equal("public-security", psb.GetProperty("kind").GetString());
        Assert.Equal("430281", psb.GetProperty("regionCode").GetString());
        Assert.False(psb.GetProperty("suspended").GetBoolean());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").GetProperty("none").ValueKind);
    }

    [Fact]
    public async Task The_directory_shows_no_client_details()
    {
        var body = await hub.Http.GraphQLAsync("""{ __type(name: "Agency") { fields { name } } }""");

        var fields = body.GetProperty("data").GetProperty("__type").GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString());
        Assert.Equal(["code", "name", "kind", "regionCode", "suspended", "createdAt"], fields);
    }

    [Fact]
    public async Task The_embedded_default_serves_the_directory_from_sqlite()
    {
        using var factory = new HubServerFactory();
        using var http = factory.CreateClient();

        var response = await http.SendAsync(GraphQLRequests.PostQuery("""{ agencies(kind: "procuratorate") { code } }"""));

        var codes = (await response.JsonAsync()).GetProperty("data").GetProperty("agencies").EnumerateArray().Select(a => a.GetProperty("code").GetString());
        var expected = (await BootstrapAgenciesAsync()).Where(a => a.Kind == "procuratorate").Select(a => a.Code).Order(StringComparer.Ordinal);
        Assert.Equal(expected, codes);
        Assert.NotEmpty(codes);
    }

    private async Task<List<string>> CodesAsync(object variables) =>
        (await hub.Http.GraphQLAsync(DirectoryQuery, variables)).GetProperty("data").GetProperty("agencies").EnumerateArray()
            .Select(a => a.GetProperty("code").GetString()!).ToList();

    private static async Task<IReadOnlyList<AgencyDefinition>> BootstrapAgenciesAsync() =>
        (await PolicyLoader.LoadAsync(Path.Combine(Repository.Root, "policies"))).Agencies;
}
