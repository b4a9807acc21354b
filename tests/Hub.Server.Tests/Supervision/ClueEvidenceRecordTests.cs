using System.Text.Json;
using Hub.Data.Model.Enforcement;
using Hub.GraphQL.Types;
using Hub.Identity.Administration;
using Hub.Identity.Audit;
using Hub.Server.Schema;
using Hub.Server.Schema.SharedData;
using Hub.Server.Schema.Supervision;
using Hub.Server.Tests.SharedData;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Server.Tests.Supervision;

/// <summary>A clue's evidence links to the shared-data rows it cites, through HTTP with real tokens: masked, revealed, batched and audited as shared data.</summary>
public sealed class ClueEvidenceRecordTests
{
    private static readonly string MaskedId = $"{SharedDataRows.PersonId[..6]}********{SharedDataRows.PersonId[^4..]}";

    private const string Evidence = """
        { clues(modelId: "M01"%REASON%) { nodes { evidence { sourceRecordId matchedFields excerpt { name value } record { __typename ... on AdministrativePenalty { sourceAgency sourceRecordId personIdNumber violationType violationDate } } } } } }
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
        await server.QueryAsync(runner, $$"""mutation { runSupervisionModel(input: {modelId: "M01", asOf: "2025-06-30", parameters: {{M01Parameters.GraphQL}}}) { run { id } } }""");
        var administration = server.Services.GetRequiredService<IdentityAdministration>();
        var lastAuditId = (await administration.ListAuditAsync(1)).Single().Id;

        var masked = await EvidenceAsync(server, reader, "");
        var revealed = await EvidenceAsync(server, revealer, ", reason: \"湘醴检控受〔2025〕7号 核查线索\"");
        var denied = await server.QueryAsync(cluesOnly, Evidence.Replace("%REASON%", "", StringComparison.Ordinal));

        Assert.Equal(23, masked.Count);
        Assert.All(masked, e => Assert.Equal(("AdministrativePenalty", "PSB", e.GetProperty("sourceRecordId").GetString(), MaskedId, "盗窃"),
            (e.GetProperty("record").GetProperty("__typename").GetString(), e.GetProperty("record").GetProperty("sourceAgency").GetString(),
             e.GetProperty("record").GetProperty("sourceRecordId").GetString(), e.GetProperty("record").GetProperty("personIdNumber").GetString(),
             e.GetProperty("record").GetProperty("violationType").GetString())));
        // M01-a3 tests violation_date, a count of prior thefts and an absent intake (not columns): the excerpt is the date, as the row has it.
        Assert.All(masked, e => Assert.Equal(
            ("violation_date|prior_thefts|case_intake:absent", $"[{{\"name\":\"violationDate\",\"value\":{e.GetProperty("record").GetProperty("violationDate").GetRawText()}}}]"),
            (string.Join('|', e.GetProperty("matchedFields").EnumerateArray().Select(f => f.GetString())), e.GetProperty("excerpt").GetRawText())));
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
    public void An_excerpt_shows_the_tested_fields_of_the_row_masked_unless_the_read_reveals_them_and_leaves_out_columns_the_type_lacks()
    {
        var schema = HubSchemaFactory.Create();
        var penalty = new AdministrativePenalty
        {
            SourceAgency = "PSB",
            SourceRecordId = "P1",
            PersonIdNumber = SharedDataRows.PersonId,
            PersonName = SharedDataRows.PersonName,
            InvolvedValue = 2500.5m,
            CircumstanceFlags = "入户|扒窃",
            ViolationDate = new DateOnly(2025, 3, 4),
            FactsText = $"{SharedDataRows.PersonName}（{SharedDataRows.PersonId}）入户盗窃",
        };
        string[] matched = ["person_id_number", "person_name", "involved_value", "circumstance_flags", "violation_date", "facts_text", "prior_thefts"];

        var masked = EvidenceExcerpt.Of(schema, new SharedRow(penalty, Disclosure.MaskAll), matched);
        var revealed = EvidenceExcerpt.Of(schema, new SharedRow(penalty, new Disclosure(["AdministrativePenalty.personIdNumber", "AdministrativePenalty.personName", "AdministrativePenalty.factsText"], "湘醴检控受〔2025〕7号 核查线索")), matched);

        Assert.Equal([
            new EvidenceField("personIdNumber", "430281********1230"), new EvidenceField("personName", "张*明"), new EvidenceField("involvedValue", "2500.5"),
            new EvidenceField("circumstanceFlags", "入户|扒窃"), new EvidenceField("violationDate", "2025-03-04"),
            new EvidenceField("factsText", "张*明（430281********1230）入户盗窃")], masked);
        Assert.Equal([
            new EvidenceField("personIdNumber", SharedDataRows.PersonId), new EvidenceField("personName", SharedDataRows.PersonName), new EvidenceField("involvedValue", "2500.5"),
            new EvidenceField("circumstanceFlags", "入户|扒窃"), new EvidenceField("violationDate", "2025-03-04"),
            new EvidenceField("factsText", penalty.FactsText)], revealed);
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
