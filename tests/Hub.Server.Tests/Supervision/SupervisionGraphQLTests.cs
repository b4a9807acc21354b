using System.Text.Json;
using Hub.Identity.Administration;
using Hub.Identity.Audit;
using Hub.Server.Tests.SharedData;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Server.Tests.Supervision;

/// <summary>Running a model and reading its clues through HTTP with real tokens: typed errors, masking, reveal, audit.</summary>
public sealed class SupervisionGraphQLTests
{
    private static readonly string MaskedId = $"{SharedDataRows.PersonId[..6]}********{SharedDataRows.PersonId[^4..]}";

    [Fact]
    public async Task A_model_run_through_the_mutation_stores_clues_that_readers_see_masked_unless_revealed_and_every_read_is_audited()
    {
        await using var server = await SharedDataServer.StartAsync(onPostgres: false);
        var (runnerId, _, runner) = await server.ClientAsync("models.run");
        var reader = await server.TokenAsync("clues.read");
        var revealer = await server.TokenAsync("clues.read", "persons.reveal");
        var administration = server.Services.GetRequiredService<IdentityAdministration>();
        var lastAuditId = (await administration.ListAuditAsync(1)).Single().Id;

        var first = await RunAsync(server, runner, $$"""{modelId: "M01", asOf: "2025-06-30", parameters: {{M01Parameters.GraphQL}}}""");
        var second = await RunAsync(server, runner, $$"""{modelId: "M01", asOf: "2025-06-30", parameters: {{M01Parameters.GraphQL}}}""");
        var unknown = await RunAsync(server, runner, """{modelId: "M99"}""");
        var badValue = await RunAsync(server, runner, """{modelId: "M01", parameters: [{name: "theftLarge", value: "lots"}]}""");
        var runs = (await server.QueryAsync(runner, "{ modelRuns(modelId: \"M01\") { totalCount nodes { outcome cluesCreated cluesUnchanged startedBy } } }"))
            .GetProperty("data").GetProperty("modelRuns");
        const string clues = "{ clues(modelId: \"M01\"%REASON%) { totalCount nodes { clueNo subjectType subjectKey title ruleIds status elements { specialCampaign } legalBasis { law article } evidence { dataSet sourceAgency sourceRecordId ruleId } } } }";
        var masked = (await server.QueryAsync(reader, clues.Replace("%REASON%", ", reason: \"湘醴检控受〔2025〕7号 核查线索\"", StringComparison.Ordinal))).GetProperty("data").GetProperty("clues");
        var revealed = (await server.QueryAsync(revealer, clues.Replace("%REASON%", ", reason: \"湘醴检控受〔2025〕7号 核查线索\"", StringComparison.Ordinal))).GetProperty("data").GetProperty("clues");
        var noReason = (await server.QueryAsync(revealer, clues.Replace("%REASON%", "", StringComparison.Ordinal))).GetProperty("data").GetProperty("clues");
        var filtered = (await server.QueryAsync(reader, $$"""
            { bySubject: clues(subjectKey: "{{SharedDataRows.PersonId}}", status: GENERATED, regionCode: "430281") { totalCount }
              otherRegion: clues(regionCode: "110105") { totalCount } otherModel: clues(modelId: "M13") { totalCount }
              byDepartmentSince: clues(responsibleDepartment: "刑事检察部门", generatedFrom: "2020-01-01T00:00:00Z") { totalCount }
              otherDepartment: clues(responsibleDepartment: "民事检察部门") { totalCount } before2020: clues(generatedBefore: "2020-01-01T00:00:00Z") { totalCount } }
            """)).GetProperty("data");

        Assert.Equal("""{"modelId":"M01","modelVersion":3,"asOf":"2025-06-30","regionCode":"430281","outcome":"SUCCEEDED","rowsRead":23,"cluesCreated":1,"cluesAlreadyKnown":0,"cluesUnchanged":0}""",
            first.GetProperty("run").GetRawText());
        Assert.Equal((0, 1), (second.GetProperty("run").GetProperty("cluesCreated").GetInt32(), second.GetProperty("run").GetProperty("cluesUnchanged").GetInt32()));
        Assert.Equal(2, runs.GetProperty("totalCount").GetInt32());
        Assert.Equal([("SUCCEEDED", 0, 1), ("SUCCEEDED", 1, 0)], runs.GetProperty("nodes").EnumerateArray()
            .Select(r => (r.GetProperty("outcome").GetString(), r.GetProperty("cluesCreated").GetInt32(), r.GetProperty("cluesUnchanged").GetInt32())));
        Assert.All(runs.GetProperty("nodes").EnumerateArray(), r => Assert.Equal(runnerId, r.GetProperty("startedBy").GetString()));
        Assert.Equal(JsonValueKind.Null, unknown.GetProperty("run").ValueKind);
        Assert.Equal("""[{"__typename":"UnknownSupervisionModelError","message":"Unknown supervision model 'M99'; see `hub models list`.","code":"UNKNOWN_SUPERVISION_MODEL","modelId":"M99"}]""",
            unknown.GetProperty("errors").GetRawText());
        Assert.Equal("""[{"__typename":"InvalidModelParameterError","message":"Model M01, parameter 'theftLarge': 'lots' is not a decimal number.","code":"INVALID_MODEL_PARAMETER","modelId":"M01"}]""",
            badValue.GetProperty("errors").GetRawText());

        var clue = Assert.Single(masked.GetProperty("nodes").EnumerateArray());
        Assert.Equal(("M01-2025-00001", "PERSON", MaskedId, "GENERATED", "行刑衔接"),
            (clue.GetProperty("clueNo").GetString(), clue.GetProperty("subjectType").GetString(), clue.GetProperty("subjectKey").GetString(),
             clue.GetProperty("status").GetString(), clue.GetProperty("elements").GetProperty("specialCampaign").GetString()));
        Assert.Equal($"以罚代刑线索：{MaskedId} 的行政处罚达到刑事追诉标准未移送", clue.GetProperty("title").GetString());
        Assert.Equal(["M01-a3"], clue.GetProperty("ruleIds").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(23, clue.GetProperty("evidence").GetArrayLength());
        Assert.All(clue.GetProperty("evidence").EnumerateArray(), e => Assert.Equal(("admin_penalty", "PSB", "M01-a3"),
            (e.GetProperty("dataSet").GetString(), e.GetProperty("sourceAgency").GetString(), e.GetProperty("ruleId").GetString())));
        Assert.Equal(("刑法", "第264条"), (clue.GetProperty("legalBasis")[1].GetProperty("law").GetString(), clue.GetProperty("legalBasis")[1].GetProperty("article").GetString()));
        Assert.Equal(SharedDataRows.PersonId, revealed.GetProperty("nodes")[0].GetProperty("subjectKey").GetString());
        Assert.Equal([1, 0, 0, 1, 0, 0], new[] { "bySubject", "otherRegion", "otherModel", "byDepartmentSince", "otherDepartment", "before2020" }
            .Select(alias => filtered.GetProperty(alias).GetProperty("totalCount").GetInt32()));
        Assert.Equal(MaskedId, noReason.GetProperty("nodes")[0].GetProperty("subjectKey").GetString());

        var reads = (await administration.ListAuditAsync(50)).Where(a => a.Id > lastAuditId && a.Subject == "Query.clues").OrderBy(a => a.Id).ToList();
        Assert.Equal([AuditActions.DataRead, AuditActions.DataRevealed, .. Enumerable.Repeat(AuditActions.DataRead, 7)], reads.Select(a => a.Action));
        var reveal = JsonDocument.Parse(reads[1].Detail).RootElement;
        Assert.Equal(("湘醴检控受〔2025〕7号 核查线索", "[\"Clue.subjectKey\"]", 1), (reveal.GetProperty("reason").GetString(), reveal.GetProperty("revealed").GetRawText(), reveal.GetProperty("rows").GetInt32()));
    }

    [Fact]
    public async Task The_catalogue_lists_every_model_with_its_parameters_and_legal_basis()
    {
        await using var server = await SharedDataServer.StartAsync(onPostgres: false);
        var reader = await server.TokenAsync("clues.read");

        var data = (await server.QueryAsync(reader, """
            { supervisionModels { id } supervisionModel(id: "M13") { titleZh inputs responsibleDepartment sealedRowsBasis
                parameters { name kind default thresholdTopic minimum maximum } } m07: supervisionModel(id: "M07") { sealedRowsBasis } none: supervisionModel(id: "M99") { id } }
            """)).GetProperty("data");

        Assert.Equal(["M01", "M02", "M03", "M04", "M05", "M06", "M07", "M08", "M09", "M10", "M11", "M12", "M13", "M14", "M15"], data.GetProperty("supervisionModels").EnumerateArray().Select(m => m.GetProperty("id").GetString()));
        var m13 = data.GetProperty("supervisionModel");
        Assert.Equal(("司法网拍", "judicial_auction", "民事检察部门", JsonValueKind.Null),
            (m13.GetProperty("titleZh").GetString(), m13.GetProperty("inputs")[0].GetString(), m13.GetProperty("responsibleDepartment").GetString(), m13.GetProperty("sealedRowsBasis").ValueKind));
        Assert.Equal("""{"name":"startPriceRatio","kind":"DECIMAL","default":"0.70","thresholdTopic":null,"minimum":0,"maximum":1}""", m13.GetProperty("parameters")[2].GetRawText());
        Assert.StartsWith("未成年被害人", data.GetProperty("m07").GetProperty("sealedRowsBasis").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, data.GetProperty("none").ValueKind);
    }

    private static async Task<JsonElement> RunAsync(SharedDataServer server, string token, string input)
    {
        var response = await server.QueryAsync(token, $$"""
            mutation {
              runSupervisionModel(input: {{input}}) {
                run { modelId modelVersion asOf regionCode outcome rowsRead cluesCreated cluesAlreadyKnown cluesUnchanged }
                errors { __typename ... on Error { message } ... on UnknownSupervisionModelError { code modelId } ... on InvalidModelParameterError { code modelId } }
              }
            }
            """);
        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
        return response.GetProperty("data").GetProperty("runSupervisionModel");
    }
}
