using System.Text.Json;
using static Hub.Server.Tests.Jurisdiction.JurisdictionRows;

namespace Hub.Server.Tests.Jurisdiction;

/// <summary>
/// A run that read every region (from the command line, or stored before runs were bound to their caller's region)
/// can cite rows of other regions in a clue of one: a reader bound to that region sees the clue with only the evidence
/// of its own region, the province sees all of it.
/// </summary>
/// <remarks>
/// M01-a3 cites each person's third to fifteenth theft of the fixture's 30 (every third one is 天元区's, the rest 醴陵's):
/// 13 per person, of which 4 of P1's and 5 of P2's were delivered in 天元区 by PSB-T-430211.
/// </remarks>
public sealed class UnboundRunEvidenceTests(UnboundRunFixture fixture) : IClassFixture<UnboundRunFixture>
{
    private const string Clues = "{ clues(modelId: \"M01\") { totalCount nodes { id jurisdictionRegionCode evidence { sourceAgency } } } }";

    [Theory]
    [InlineData("SPP-T-430000", "430211:13:ECO-T-430281,PSB-T-430211,PSB-T-430281|430211:13:ECO-T-430281,PSB-T-430211,PSB-T-430281")]
    [InlineData("SPP-T-430211", "430211:4:PSB-T-430211|430211:5:PSB-T-430211")]
    [InlineData(PsbB, "430211:4:PSB-T-430211|430211:5:PSB-T-430211")]
    [InlineData("SPP-T-430281", "")]
    [InlineData(PsbA, "")]
    public async Task A_reader_bound_to_the_clues_region_sees_only_its_regions_evidence_in_the_list_and_by_id(string agency, string expected)
    {
        var clues = (await QueryAsync(agency, Clues)).GetProperty("clues");
        var nodes = clues.GetProperty("nodes").EnumerateArray().ToList();
        var byId = await Task.WhenAll(nodes.Select(async n => (await QueryAsync(agency, $$"""{ clue(id: "{{n.GetProperty("id").GetString()}}") { evidence { sourceAgency } } }"""))
            .GetProperty("clue").GetProperty("evidence").GetArrayLength()));

        Assert.Equal(expected, string.Join('|', nodes.Select(Describe).Order(StringComparer.Ordinal)));
        Assert.Equal(nodes.Count, clues.GetProperty("totalCount").GetInt32());
        Assert.Equal(nodes.Select(n => n.GetProperty("evidence").GetArrayLength()), byId);
        Assert.Equal(2, fixture.CluesCreated);
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
