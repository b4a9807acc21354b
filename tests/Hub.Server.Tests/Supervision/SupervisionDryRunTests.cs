using System.Text.Json;
using Hub.Identity.Administration;
using Hub.Identity.Audit;
using Hub.Server.Tests.SharedData;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Server.Tests.Supervision;

/// <summary><c>SupervisionModel.matches</c> through HTTP with real tokens: the clues a run would store, paged, masked, audited, nothing stored.</summary>
public sealed class SupervisionDryRunTests
{
    private static readonly string MaskedId = $"{SharedDataRows.PersonId[..6]}********{SharedDataRows.PersonId[^4..]}";

    private const string Matches = $$"""
        { supervisionModel(id: "M01") { matches(asOf: "2025-06-30", parameters: {{M01Parameters.GraphQL}}%ARGS%) {
            totalCount pageInfo { hasNextPage }
            nodes { subjectType subjectKey period title ruleIds score evidence { dataSet sourceAgency sourceRecordId ruleId matchedFields } } } } }
        """;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_dry_run_finds_the_clue_a_run_would_store_masked_unless_revealed_audits_the_read_and_stores_nothing(bool onPostgres)
    {
        await using var server = await SharedDataServer.StartAsync(onPostgres);
        var (runnerId, _, runner) = await server.ClientAsync("models.run");
        var (revealerId, _, revealer) = await server.ClientAsync("models.run", "persons.reveal");
        var administration = server.Services.GetRequiredService<IdentityAdministration>();
        var lastAuditId = (await administration.ListAuditAsync(1)).Single().Id;

        var masked = await MatchesAsync(server, runner, ", first: 1");
        var revealed = await MatchesAsync(server, revealer, ", reason: \"湘醴检控受〔2025〕7号 核查线索\"");
        var runs = (await server.QueryAsync(runner, "{ modelRuns { totalCount } }")).GetProperty("data").GetProperty("modelRuns").GetProperty("totalCount").GetInt32();

        Assert.Equal((1, false), (masked.GetProperty("totalCount").GetInt32(), masked.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean()));
        var candidate = Assert.Single(masked.GetProperty("nodes").EnumerateArray());
        Assert.Equal(("PERSON", MaskedId, "", $"以罚代刑线索：{MaskedId} 的行政处罚达到刑事追诉标准未移送", 23),
            (candidate.GetProperty("subjectType").GetString(), candidate.GetProperty("subjectKey").GetString(), candidate.GetProperty("period").GetString(),
             candidate.GetProperty("title").GetString(), candidate.GetProperty("score").GetInt32()));
        Assert.Equal(["M01-a3"], candidate.GetProperty("ruleIds").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(23, candidate.GetProperty("evidence").GetArrayLength());
        Assert.All(candidate.GetProperty("evidence").EnumerateArray(), e => Assert.Equal(("admin_penalty", "PSB", "M01-a3"),
            (e.GetProperty("dataSet").GetString(), e.GetProperty("sourceAgency").GetString(), e.GetProperty("ruleId").GetString())));
        var recordIds = candidate.GetProperty("evidence").EnumerateArray().Select(e => e.GetProperty("sourceRecordId").GetString()!).ToList();
        Assert.Equal(recordIds.Order(StringComparer.Ordinal), recordIds);
        Assert.Equal(SharedDataRows.PersonId, revealed.GetProperty("nodes")[0].GetProperty("subjectKey").GetString());
        Assert.Equal(0, runs);

        var reads = (await administration.ListAuditAsync(50)).Where(a => a.Id > lastAuditId && a.Subject == "SupervisionModel.matches").OrderBy(a => a.Id).ToList();
        Assert.Equal([(AuditActions.DataRead, runnerId), (AuditActions.DataRevealed, revealerId)], reads.Select(a => (a.Action, a.Actor)));
        var reveal = JsonDocument.Parse(reads[1].Detail).RootElement;
        Assert.Equal(("湘醴检控受〔2025〕7号 核查线索", "[\"ClueCandidate.subjectKey\"]", 1), (reveal.GetProperty("reason").GetString(), reveal.GetProperty("revealed").GetRawText(), reveal.GetProperty("rows").GetInt32()));
    }

    [Fact]
    public async Task A_dry_run_needs_models_run_like_a_run_and_a_bad_parameter_is_an_error_naming_it()
    {
        await using var server = await SharedDataServer.StartAsync(onPostgres: false);
        var reader = await server.TokenAsync("clues.read");
        var runner = await server.TokenAsync("models.run");

        var denied = await server.QueryAsync(reader, Matches.Replace("%ARGS%", "", StringComparison.Ordinal));
        var badValue = await server.QueryAsync(runner, """{ supervisionModel(id: "M13") { matches(parameters: [{name: "startPriceRatio", value: "2"}]) { totalCount } } }""");
        var unknown = await server.QueryAsync(runner, """{ supervisionModel(id: "M13") { matches(parameters: [{name: "ratio", value: "1"}]) { totalCount } } }""");

        Assert.Equal(JsonValueKind.Null, denied.GetProperty("data").GetProperty("supervisionModel").GetProperty("matches").ValueKind);
        Assert.StartsWith("AUTH_", denied.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString(), StringComparison.Ordinal);
        Assert.Equal("""{"message":"Model M13, parameter 'startPriceRatio': '2' is not a number from 0 to 1.","code":"INVALID_MODEL_PARAMETER","argument":"parameters","path":["supervisionModel","matches"]}""",
            Error(badValue));
        Assert.Equal("""{"message":"Model M13 has no parameter 'ratio'; its parameters are: movableNoticeDays, otherNoticeDays, startPriceRatio, secondRoundRatio, futileNotices, terminatedStatuses, saleCoverRatio, requiredDisclosures.","code":"INVALID_MODEL_PARAMETER","argument":"parameters","path":["supervisionModel","matches"]}""",
            Error(unknown));
    }

    private static string Error(JsonElement response)
    {
        var error = Assert.Single(response.GetProperty("errors").EnumerateArray());
        var extensions = error.GetProperty("extensions");
        return JsonSerializer.Serialize(new
        {
            message = error.GetProperty("message").GetString(),
            code = extensions.GetProperty("code").GetString(),
            argument = extensions.GetProperty("argument").GetString(),
            path = error.GetProperty("path").EnumerateArray().Select(p => p.GetString()),
        }, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static async Task<JsonElement> MatchesAsync(SharedDataServer server, string token, string arguments)
    {
        var response = await server.QueryAsync(token, Matches.Replace("%ARGS%", arguments, StringComparison.Ordinal));
        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
        return response.GetProperty("data").GetProperty("supervisionModel").GetProperty("matches");
    }
}
