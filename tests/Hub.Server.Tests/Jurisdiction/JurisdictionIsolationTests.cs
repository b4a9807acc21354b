using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Hub.Data.Hosting;
using Hub.Data.Import;
using Hub.Server.Tests.Transport;
using Microsoft.Extensions.DependencyInjection;
using static Hub.Server.Tests.Jurisdiction.JurisdictionRows;

namespace Hub.Server.Tests.Jurisdiction;

/// <summary>
/// Who sees which rows (DOMAIN.md §6.2-1), through HTTP with each agency's own token: every query path (list and its
/// totalCount, lookups, global ids, links from entities to rows and from rows to entities) shows a procuratorate the rows of its
/// region and subdivisions and a provider only its own deliveries; nothing crosses a boundary.
/// </summary>
public sealed class JurisdictionIsolationTests(JurisdictionFixture fixture) : IClassFixture<JurisdictionFixture>
{
    private static readonly string ListQuery = $$"""
        { administrativePenalties(first: 50) { totalCount nodes { sourceAgency sourceRecordId } } criminalJudgments { totalCount } }
        """;

    [Theory]
    [InlineData("SPP-T-430281", 20, 0)]
    [InlineData("SPP-T-430211", 10, 1)]
    [InlineData("SPP-T-430000", 30, 1)]
    [InlineData("SPP-T-330700", 0, 0)]
    [InlineData(PsbA, 10, 0)]
    [InlineData(EcoA, 10, 0)]
    [InlineData(PsbB, 10, 0)]
    [InlineData(CourtB, 0, 1)]
    public async Task Lists_and_their_totalCount_hold_only_the_rows_the_agency_may_see(string agency, int penalties, int judgments)
    {
        var data = (await QueryAsync(agency, ListQuery)).GetProperty("data");

        var page = data.GetProperty("administrativePenalties");
        var rows = page.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("sourceRecordId").GetString()!).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(penalties, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(Expected(agency).Select(i => $"P{i}").Order(StringComparer.Ordinal), rows);
        Assert.Equal(judgments, data.GetProperty("criminalJudgments").GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [InlineData("SPP-T-430281", 10, false)]
    [InlineData("SPP-T-430211", 5, true)]
    [InlineData("SPP-T-430000", 15, true)]
    [InlineData(PsbA, 5, false)]
    [InlineData(EcoA, 5, false)]
    public async Task A_person_lookup_finds_only_persons_of_visible_rows_and_links_only_visible_rows(string agency, int p1Penalties, bool seesP3)
    {
        var data = (await QueryAsync(agency, $$"""
            {
              p1: person(idNumber: "{{P1}}") { administrativePenalties { sourceAgency sourceRecordId } }
              p3: person(idNumber: "{{P3}}") { criminalJudgments { sourceAgency } }
            }
            """)).GetProperty("data");

        var linked = data.GetProperty("p1").GetProperty("administrativePenalties").EnumerateArray().ToList();
        Assert.Equal(p1Penalties, linked.Count);
        Assert.Equal(Expected(agency).Where(i => Penalty(i).Person == P1).Select(i => $"P{i}").Order(StringComparer.Ordinal),
            linked.Select(r => r.GetProperty("sourceRecordId").GetString()!).Order(StringComparer.Ordinal));
        if (seesP3)
        {
            Assert.Equal(CourtB, Assert.Single(data.GetProperty("p3").GetProperty("criminalJudgments").EnumerateArray()).GetProperty("sourceAgency").GetString());
        }
        else
        {
            Assert.Equal(JsonValueKind.Null, data.GetProperty("p3").ValueKind);
        }
    }

    [Theory]
    [InlineData("SPP-T-430281")]
    [InlineData("SPP-T-430211")]
    [InlineData("SPP-T-430000")]
    [InlineData("SPP-T-330700")]
    [InlineData(PsbA)]
    [InlineData(PsbB)]
    public async Task Node_and_nodes_find_a_row_by_its_global_id_only_for_an_agency_that_may_see_it(string agency)
    {
        var ids = (await QueryAsync("SPP-T-430000", "{ administrativePenalties(first: 50) { nodes { id } } }")).GetProperty("data")
            .GetProperty("administrativePenalties").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).ToList();
        var one = string.Join(' ', ids.Select((id, i) => $$"""r{{i}}: node(id: "{{id}}") { ... on AdministrativePenalty { sourceRecordId } }"""));
        // nodes(ids:) takes at most 10 ids at once.
        var all = string.Join(' ', ids.Chunk(10).Select((chunk, i) =>
            $$"""n{{i}}: nodes(ids: [{{string.Join(", ", chunk.Select(id => $"\"{id}\""))}}]) { ... on AdministrativePenalty { sourceRecordId } }"""));

        var data = (await QueryAsync(agency, $"{{ {one} {all} }}")).GetProperty("data");

        var expected = Expected(agency).Select(i => $"P{i}").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(Penalties, ids.Count);
        Assert.Equal(expected, data.EnumerateObject().Where(p => p.Name.StartsWith('r') && p.Value.ValueKind != JsonValueKind.Null)
            .Select(p => p.Value.GetProperty("sourceRecordId").GetString()!).Order(StringComparer.Ordinal));
        Assert.Equal(expected, data.EnumerateObject().Where(p => p.Name.StartsWith('n')).SelectMany(p => p.Value.EnumerateArray())
            .Where(n => n.ValueKind != JsonValueKind.Null).Select(n => n.GetProperty("sourceRecordId").GetString()!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Outside_the_region_no_person_and_no_organisation_is_found()
    {
        var data = (await QueryAsync("SPP-T-330700", $$"""{ person(idNumber: "{{P1}}") { sex } organization(uscc: "{{C1}}") { name } }""")).GetProperty("data");

        Assert.Equal(JsonValueKind.Null, data.GetProperty("person").ValueKind);
        Assert.Equal(JsonValueKind.Null, data.GetProperty("organization").ValueKind);
    }

    [Theory]
    [InlineData("SPP-T-430281", 4, C1Name)]
    [InlineData("SPP-T-430211", 2, null)]
    [InlineData("SPP-T-430000", 6, C1Name)]
    [InlineData(PsbB, 2, null)]
    public async Task Rows_link_to_their_organisation_showing_its_registration_only_where_it_is_visible(string agency, int rows, string? name)
    {
        var data = (await QueryAsync(agency, $$"""
            {
              administrativePenalties(uscc: "{{C1}}") { totalCount nodes { organization { uscc name } } }
              organization(uscc: "{{C1}}") { name }
            }
            """)).GetProperty("data");

        var page = data.GetProperty("administrativePenalties");
        Assert.Equal(rows, page.GetProperty("totalCount").GetInt32());
        Assert.All(page.GetProperty("nodes").EnumerateArray(), n =>
        {
            Assert.Equal(C1, n.GetProperty("organization").GetProperty("uscc").GetString());
            Assert.Equal(name, n.GetProperty("organization").GetProperty("name").GetString());
        });
        Assert.Equal(name, data.GetProperty("organization").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Filtering_by_another_providers_code_shows_a_provider_nothing()
    {
        var data = (await QueryAsync(PsbA, $$"""{ ecos: administrativePenalties(sourceAgency: "{{EcoA}}") { totalCount } own: administrativePenalties(sourceAgency: "{{PsbA}}") { totalCount } }""")).GetProperty("data");

        Assert.Equal(0, data.GetProperty("ecos").GetProperty("totalCount").GetInt32());
        Assert.Equal(10, data.GetProperty("own").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task The_websocket_transport_applies_the_same_rule()
    {
        await using var socket = await WebSocketClient.ConnectAsync(new Uri(fixture.Hub.Address, "/graphql"), accessToken: fixture.Token("SPP-T-430211"));
        await socket.SendAsync("""{"type":"connection_init"}""");
        Assert.Equal("connection_ack", (await socket.ReceiveSkippingPingsAsync()).GetProperty("type").GetString());

        await socket.SendAsync("""{"id":"1","type":"subscribe","payload":{"query":"{ administrativePenalties { totalCount } }"}}""");
        var next = await socket.ReceiveSkippingPingsAsync();

        Assert.Equal(10, next.GetProperty("payload").GetProperty("data").GetProperty("administrativePenalties").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task The_server_sent_events_transport_applies_the_same_rule()
    {
        using var http = new HttpClient { BaseAddress = fixture.Hub.Address };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ administrativePenalties { totalCount } }"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", fixture.Token(PsbB));

        using var response = await http.SendAsync(request);

        Assert.Equal("event: next\ndata: {\"data\":{\"administrativePenalties\":{\"totalCount\":10}}}\n\nevent: complete\ndata:\n\n",
            await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_import_refuses_rows_of_an_unknown_agency_outside_their_agencys_region_or_of_an_unknown_region()
    {
        var folder = Directory.CreateTempSubdirectory("hub-jurisdiction-rejects-").FullName;
        var path = Path.Combine(folder, "admin_penalty.csv");
        await File.WriteAllTextAsync(path,
            "source_agency,source_record_id,region_code,agency_kind,decision_no,person_id_number,violation_type,penalty_types,decision_date\n" +
            $"PSB,X1,,PSB,测罚〔2024〕X1号,{P1},盗窃,FINE,2024-05-01\n" +
            $"{PsbA},X2,{RegionB},PSB,测罚〔2024〕X2号,{P1},盗窃,FINE,2024-05-01\n" +
            $"{PsbA},X3,43028,PSB,测罚〔2024〕X3号,{P1},盗窃,FINE,2024-05-01\n" +
            $"{PsbA},X4,439999,PSB,测罚〔2024〕X4号,{P1},盗窃,FINE,2024-05-01\n");
        var importer = fixture.Hub.Services.GetRequiredService<HubDatabase>().CreateImporter(agencyRegions: fixture.Directory);

        await using var rejects = new RejectReport(Path.Combine(folder, "rejects.csv"));
        var summary = await importer.ImportAsync("admin_penalty", path, rejects);

        Assert.Equal(4, summary.Rejected);
        Assert.Equal(
        [
            (2L, "source_agency", "'PSB' is not an agency of the directory (codes such as PSB-430281)"),
            (3L, "region_code", $"region {RegionB} lies outside region {RegionA} of agency '{PsbA}'"),
            (4L, "region_code", "bad region code '43028' (expected six digits, GB/T 2260)"),
            (5L, "region_code", "unknown region code '439999' (not in the hub's GB/T 2260 list, src/Hub.Data/Keys/gb2260.csv)"),
        ], rejects.Entries.Select(e => (e.Line, e.Column!, e.Reason)));
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>The penalties (by index) <paramref name="agency"/> may see, from the rule written out over the fixture's rows.</summary>
    internal static IEnumerable<int> Expected(string agency)
    {
        var (_, kind, region) = Agencies.Single(a => a.Code == agency);
        var prefix = region.TrimEnd('0').Length % 2 == 0 ? region.TrimEnd('0') : region.TrimEnd('0') + "0";
        return Enumerable.Range(0, Penalties).Where(i => Penalty(i).Region.StartsWith(prefix, StringComparison.Ordinal)
            && (kind == "procuratorate" || Penalty(i).Agency == agency));
    }

    private async Task<JsonElement> QueryAsync(string agency, string query)
    {
        var body = await fixture.Http.GraphQLAsync(query, accessToken: fixture.Token(agency));
        Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
        return body;
    }
}
