using System.Text.Json;
using Hub.GraphQL.Types;
using Hub.Identity.Administration;
using Hub.Identity.Audit;
using Hub.Server.Schema;
using Hub.Server.Schema.SharedData;
using Hub.Server.Tests.SharedData;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Server.Tests.Supervision;

/// <summary>A clue's evidence links to the shared-data rows it cites, through HTTP with real tokens: masked, revealed, batched and audited as shared data.</summary>
public sealed class ClueEvidenceRecordTests
{
    private static readonly string MaskedId = $"{SharedDataRows.PersonId[..6]}********{SharedDataRows.PersonId[^4..]}";

    private const string Evidence = """
        { clues(modelId: "M01"%REASON%) { nodes { evidence { sourceRecordId record { __typename ... on AdministrativePenalty { sourceAgency sourceRecordId personIdNumber violationType } } } } } }
        """;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Each_evidence_record_resolves_to_the_row_it_cites_masked_as_the_clue_read_shows_it_in_one_audited_batch(bool onPostgres)
    {
        await using var server = await SharedDataServer.StartAsync(onPostgres);
        var runner = await server.TokenAsync("models.run");
        var (readerId, _, reader) = await server.ClientAsync("clues.read", "enforcement.read");
        var revealer = await server.TokenAsync("clues.read", "enforcement.read", "persons.reveal");
        var cluesOnly = await server.TokenAsync("clues.read");
        await server.QueryAsync(runner, """mutation { runSupervisionModel(input: {modelId: "M01", asOf: "2025-06-30", parameters: [{name: "theftLarge", value: "2000"}]}) { run { id } } }""");
        var administration = server.Services.GetRequiredService<IdentityAdministration>();
        var lastAuditId = (await administration.ListAuditAsync(1)).Single().Id;

        var masked = await EvidenceAsync(server, reader, "");
        var revealed = await EvidenceAsync(server, revealer, ", reason: \"核查线索\"");
        var denied = await server.QueryAsync(cluesOnly, Evidence.Replace("%REASON%", "", StringComparison.Ordinal));

        Assert.Equal(23, masked.Count);
        Assert.All(masked, e => Assert.Equal(("AdministrativePenalty", "PSB", e.GetProperty("sourceRecordId").GetString(), MaskedId, "盗窃"),
            (e.GetProperty("record").GetProperty("__typename").GetString(), e.GetProperty("record").GetProperty("sourceAgency").GetString(),
             e.GetProperty("record").GetProperty("sourceRecordId").GetString(), e.GetProperty("record").GetProperty("personIdNumber").GetString(),
             e.GetProperty("record").GetProperty("violationType").GetString())));
        Assert.All(revealed, e => Assert.Equal(SharedDataRows.PersonId, e.GetProperty("record").GetProperty("personIdNumber").GetString()));
        Assert.StartsWith("AUTH_", denied.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString(), StringComparison.Ordinal);

        var batches = (await administration.ListAuditAsync(50)).Where(a => a.Id > lastAuditId && a.Subject == "ClueEvidence.record").OrderBy(a => a.Id).ToList();
        Assert.Equal([(AuditActions.DataRead, readerId), (AuditActions.DataRevealed, batches[1].Actor)], batches.Take(2).Select(a => (a.Action, a.Actor)));
        var first = JsonDocument.Parse(batches[0].Detail).RootElement;
        Assert.Equal(23, first.GetProperty("rows").GetInt32());
        Assert.Equal(masked.Select(e => $"PSB/{e.GetProperty("sourceRecordId").GetString()}").Order(StringComparer.Ordinal),
            first.GetProperty("records").EnumerateArray().Select(r => r.GetString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_evidence_record_union_has_every_served_data_set_type()
    {
        var union = (UnionType)HubSchemaFactory.Create().GetType("EvidenceRecord")!;

        Assert.Equal(SharedDataSets.All.Select(d => d.Type.Name), union.Types.Select(t => t.Name));
    }

    private static async Task<List<JsonElement>> EvidenceAsync(SharedDataServer server, string token, string reason)
    {
        var response = await server.QueryAsync(token, Evidence.Replace("%REASON%", reason, StringComparison.Ordinal));
        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
        return Assert.Single(response.GetProperty("data").GetProperty("clues").GetProperty("nodes").EnumerateArray()).GetProperty("evidence").EnumerateArray().ToList();
    }
}
