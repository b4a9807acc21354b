using System.Text.Json;
using Hub.Server.Tests.Supervision;
using static Hub.Server.Tests.Jurisdiction.JurisdictionRows;

namespace Hub.Server.Tests.Jurisdiction;

/// <summary>
/// Clues and model runs follow jurisdiction and ownership (DOMAIN.md §6.2-1), through HTTP with each agency's own
/// token: a region-bound run reads only its region's rows and stamps its clues with that region; a procuratorate
/// reads its region's clues and runs, a provider only the clues that cite its rows and only its own evidence.
/// </summary>
/// <remarks>
/// Only M01-a3 (two years' repeated theft) hits the fixture's thefts: each person has 10 penalties in 醴陵 and 5 in
/// 天元区, so a 醴陵 run cites the third to tenth (8) and a 天元区 run the third to fifth (3), per person.
/// </remarks>
public sealed class JurisdictionClueTests(JurisdictionClueFixture fixture) : IClassFixture<JurisdictionClueFixture>
{
    [Fact]
    public async Task A_region_bound_run_reads_only_its_region_and_is_refused_outside_it_or_in_an_unknown_region()
    {
        var outside = await fixture.RunAsync("SPP-T-430211", RegionA);
        var unknown = await fixture.RunAsync("SPP-T-430000", "439999");
        var dryRun = await QueryAsync("SPP-T-330700", $$"""{ supervisionModel(id: "M01") { matches(asOf: "2025-06-30", parameters: {{M01Parameters.GraphQL}}) { totalCount } } }""");

        Assert.Equal("""{"regionCode":"430281","rowsRead":16,"cluesCreated":2}""", fixture.LilingRun.GetRawText());
        Assert.Equal("""{"regionCode":"430211","rowsRead":6,"cluesCreated":2}""", fixture.TianyuanRun.GetRawText());
        Assert.Equal(JsonValueKind.Null, outside.GetProperty("run").ValueKind);
        Assert.Equal("""[{"__typename":"RegionOutsideJurisdictionError","message":"Model M01: region 430281 lies outside the caller's jurisdiction (region codes starting 430211).","code":"REGION_OUTSIDE_JURISDICTION"}]""",
            outside.GetProperty("errors").GetRawText());
        Assert.Equal("""[{"__typename":"InvalidModelParameterError","message":"Model M01: region code '439999' is not in the hub's GB/T 2260 list (src/Hub.Data/Keys/gb2260.csv)."}]""",
            unknown.GetProperty("errors").GetRawText());
        Assert.Equal(0, dryRun.GetProperty("supervisionModel").GetProperty("matches").GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [InlineData("SPP-T-430281", "430281:8:ECO-T-430281,PSB-T-430281|430281:8:ECO-T-430281,PSB-T-430281")]
    [InlineData("SPP-T-430211", "430211:3:PSB-T-430211|430211:3:PSB-T-430211")]
    [InlineData("SPP-T-430000", "430211:3:PSB-T-430211|430211:3:PSB-T-430211|430281:8:ECO-T-430281,PSB-T-430281|430281:8:ECO-T-430281,PSB-T-430281")]
    [InlineData("SPP-T-330700", "")]
    [InlineData(PsbA, "430281:4:PSB-T-430281|430281:4:PSB-T-430281")]
    [InlineData(EcoA, "430281:4:ECO-T-430281|430281:4:ECO-T-430281")]
    [InlineData(PsbB, "430211:3:PSB-T-430211|430211:3:PSB-T-430211")]
    [InlineData(CourtB, "")]
    public async Task Clues_and_their_evidence_are_those_of_the_agencys_region_and_for_a_provider_those_citing_its_rows(string agency, string expected)
    {
        var clues = (await QueryAsync(agency, "{ clues(modelId: \"M01\") { totalCount nodes { id jurisdictionRegionCode evidence { sourceAgency } } } }")).GetProperty("clues");
        var nodes = clues.GetProperty("nodes").EnumerateArray().ToList();
        var byId = await Task.WhenAll(nodes.Select(async n => (await QueryAsync(agency, $$"""{ clue(id: "{{n.GetProperty("id").GetString()}}") { evidence { sourceAgency } } }"""))
            .GetProperty("clue").GetProperty("evidence").GetArrayLength()));

        Assert.Equal(nodes.Count, clues.GetProperty("totalCount").GetInt32());
        Assert.Equal(expected, string.Join('|', nodes.Select(Describe).Order(StringComparer.Ordinal)));
        Assert.Equal(nodes.Select(n => n.GetProperty("evidence").GetArrayLength()), byId);
    }

    [Theory]
    [InlineData("SPP-T-430281", "430281")]
    [InlineData("SPP-T-430211", "430211")]
    [InlineData("SPP-T-430000", "430211|430281")]
    [InlineData("SPP-T-330700", "")]
    public async Task Model_runs_are_listed_only_within_the_agencys_region(string agency, string expected)
    {
        var runs = (await QueryAsync(agency, "{ modelRuns(modelId: \"M01\") { totalCount nodes { regionCode outcome } } }")).GetProperty("modelRuns");

        Assert.Equal(expected, string.Join('|', runs.GetProperty("nodes").EnumerateArray().Select(r => r.GetProperty("regionCode").GetString()).Order(StringComparer.Ordinal)));
        Assert.Equal(expected.Length == 0 ? 0 : expected.Split('|').Length, runs.GetProperty("totalCount").GetInt32());
    }

    // region:evidence count:the evidence's agencies
    private static string Describe(JsonElement clue)
    {
        var evidence = clue.GetProperty("evidence").EnumerateArray().Select(e => e.GetProperty("sourceAgency").GetString()!).ToList();
        return $"{clue.GetProperty("jurisdictionRegionCode").GetString()}:{evidence.Count}:{string.Join(',', evidence.Distinct().Order(StringComparer.Ordinal))}";
    }

    private async Task<JsonElement> QueryAsync(string agency, string query)
    {
        var body = await fixture.Hub.Http.GraphQLAsync(query, accessToken: fixture.Hub.ClueToken(agency));
        Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
        return body.GetProperty("data");
    }
}
