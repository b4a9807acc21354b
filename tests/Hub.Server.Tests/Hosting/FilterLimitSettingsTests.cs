using System.Text.Json;
using Hub.Server.Hosting;
using Hub.Server.Tests.SharedData;

namespace Hub.Server.Tests.Hosting;

/// <summary><c>Hub:GraphQL:Filtering</c> bounds every <c>where</c> of the served schema; a value that cannot work stops start-up.</summary>
public sealed class FilterLimitSettingsTests
{
    [Fact]
    public async Task Configured_filter_limits_refuse_a_filter_over_them_and_allow_one_within_them_over_http()
    {
        await using var server = await SharedDataServer.StartAsync(onPostgres: false, new Dictionary<string, string?>
        {
            ["Hub:GraphQL:Filtering:MaxDepth"] = "3",
            ["Hub:GraphQL:Filtering:MaxOrBranches"] = "2",
        });
        var token = await server.TokenAsync(SharedDataFixture.ReadScopes.Split(' '));

        var within = await server.QueryAsync(token,
            """{ administrativePenalties(where: { or: [{ sourceAgency: { eq: "ECO" } }, { sourceAgency: { eq: "PSB" } }] }) { totalCount } }""");
        var tooManyBranches = await server.QueryAsync(token,
            """{ administrativePenalties(where: { or: [{ sourceAgency: { eq: "ECO" } }, { sourceAgency: { eq: "PSB" } }, { sourceAgency: { eq: "MKT" } }] }) { totalCount } }""");
        var tooDeep = await server.QueryAsync(token,
            """{ administrativePenalties(where: { and: [{ or: [{ sourceAgency: { eq: "ECO" } }] }] }) { totalCount } }""");

        Assert.False(within.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.True(within.GetProperty("data").GetProperty("administrativePenalties").GetProperty("totalCount").GetInt32() > 0);
        var branches = Error(tooManyBranches);
        Assert.Equal("The filter of Query.administrativePenalties has more than 2 `or` branches (counted up to where.or); split the request or narrow it with `and`.",
            branches.GetProperty("message").GetString());
        Assert.Equal("FILTER_MAX_OR_BRANCHES", branches.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(2, branches.GetProperty("extensions").GetProperty("maxOrBranches").GetInt32());
        var depth = Error(tooDeep);
        Assert.Equal("The filter of Query.administrativePenalties is nested more than 3 levels deep at where.and[0].or[0].sourceAgency.", depth.GetProperty("message").GetString());
        Assert.Equal("FILTER_MAX_DEPTH", depth.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(3, depth.GetProperty("extensions").GetProperty("maxDepth").GetInt32());
    }

    [Theory]
    [InlineData("MaxDepth", "1", "Hub:GraphQL:Filtering:MaxDepth must be at least 2 (a filter on one field is already 2 levels deep).")]
    [InlineData("MaxOrBranches", "0", "Hub:GraphQL:Filtering:MaxOrBranches must be at least 1.")]
    public void A_filter_limit_that_cannot_work_stops_start_up_naming_the_setting(string setting, string value, string message)
    {
        var error = Assert.Throws<HubConfigurationException>(() => HubApplication.Build([$"--Hub:GraphQL:Filtering:{setting}={value}"]));
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void A_filter_limit_that_is_not_a_number_stops_start_up_naming_the_setting()
    {
        var error = Assert.Throws<HubConfigurationException>(() => HubApplication.Build(["--Hub:GraphQL:Filtering:MaxDepth=deep"]));
        Assert.Contains("Hub:GraphQL:Filtering:MaxDepth", error.Message, StringComparison.Ordinal);
    }

    private static JsonElement Error(JsonElement result)
    {
        Assert.Equal(JsonValueKind.Null, result.GetProperty("data").GetProperty("administrativePenalties").ValueKind);
        return Assert.Single(result.GetProperty("errors").EnumerateArray());
    }
}
