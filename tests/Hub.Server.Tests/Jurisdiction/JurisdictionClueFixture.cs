using System.Text.Json;

namespace Hub.Server.Tests.Jurisdiction;

/// <summary>The <see cref="JurisdictionFixture"/> after M01 was run once by the procuratorate of each county, with its own token.</summary>
public sealed class JurisdictionClueFixture : IAsyncLifetime
{
    private const string RunMutation = """
        mutation($region: String, $parameters: [ModelArgumentInput!]) {
          runSupervisionModel(input: { modelId: "M01", asOf: "2025-06-30", regionCode: $region, parameters: $parameters }) {
            run { regionCode rowsRead cluesCreated }
            errors { __typename ... on Error { message } ... on RegionOutsideJurisdictionError { code } }
          }
        }
        """;

    /// <summary>M01's thresholds, since the fixture holds no <c>legal_threshold</c> rows (M01Parameters has them as a literal).</summary>
    public static readonly object[] Parameters =
    [
        new { name = "theftLarge", value = "2000" }, new { name = "hazardousWasteTonnes", value = "3" },
        new { name = "heavyMetalExceedMultiple", value = "3" }, new { name = "otherMetalExceedMultiple", value = "10" },
        new { name = "repeatPenalties", value = "2" },
    ];

    public JurisdictionFixture Hub { get; } = new();

    /// <summary>The run of 醴陵's procuratorate (SPP-T-430281), in its region by default.</summary>
    public JsonElement LilingRun { get; private set; }

    /// <summary>The run of 天元区's procuratorate (SPP-T-430211), in its region by default.</summary>
    public JsonElement TianyuanRun { get; private set; }

    /// <summary>Runs M01 as <paramref name="agency"/> in <paramref name="region"/> (null: the default); returns the payload.</summary>
    public async Task<JsonElement> RunAsync(string agency, string? region)
    {
        var body = await Hub.Http.GraphQLAsync(RunMutation, variables: new { region, parameters = Parameters }, accessToken: Hub.ClueToken(agency));
        Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
        return body.GetProperty("data").GetProperty("runSupervisionModel");
    }

    public async Task InitializeAsync()
    {
        await Hub.InitializeAsync();
        LilingRun = (await RunAsync("SPP-T-430281", region: null)).GetProperty("run").Clone();
        TianyuanRun = (await RunAsync("SPP-T-430211", region: null)).GetProperty("run").Clone();
    }

    public Task DisposeAsync() => Hub.DisposeAsync();
}
