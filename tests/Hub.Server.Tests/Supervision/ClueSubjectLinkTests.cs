using System.Text.Json;
using Hub.Identity.Administration;
using Hub.Identity.Audit;
using Hub.Server.Tests.SharedData;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Server.Tests.Supervision;

/// <summary>A clue links to the person or organisation it is about, through HTTP with real tokens: masked, revealed and audited as shared data.</summary>
public sealed class ClueSubjectLinkTests
{
    private const string Subjects = """
        { m01: clues(modelId: "M01"%REASON%) { nodes { person { idNumber } organization { uscc } } }
          m04: clues(modelId: "M04"%REASON%) { nodes { subjectKey person { idNumber } organization { uscc } } } }
        """;

    [Fact]
    public async Task A_person_clue_links_to_its_person_and_an_entity_clue_to_its_organization_as_the_lookups_serve_them()
    {
        await using var server = await SharedDataServer.StartAsync(onPostgres: false);
        var runner = await server.TokenAsync("models.run");
        var (readerId, _, reader) = await server.ClientAsync("clues.read", "persons.read", "organizations.read");
        var revealer = await server.TokenAsync("clues.read", "persons.read", "organizations.read", "persons.reveal");
        foreach (var input in new[] { $$"""{modelId: "M01", asOf: "2025-06-30", parameters: {{M01Parameters.GraphQL}}}""", """{modelId: "M04", asOf: "2025-06-30"}""" })
        {
            await server.QueryAsync(runner, $"mutation {{ runSupervisionModel(input: {input}) {{ run {{ id }} }} }}");
        }

        var administration = server.Services.GetRequiredService<IdentityAdministration>();
        var lastAuditId = (await administration.ListAuditAsync(1)).Single().Id;

        var masked = await SubjectsAsync(server, reader, "");
        var revealed = await SubjectsAsync(server, revealer, ", reason: \"湘醴检控受〔2025〕7号 核查线索\"");

        var person = Assert.Single(masked.GetProperty("m01").GetProperty("nodes").EnumerateArray());
        Assert.Equal($"{SharedDataRows.PersonId[..6]}********{SharedDataRows.PersonId[^4..]}", person.GetProperty("person").GetProperty("idNumber").GetString());
        Assert.Equal(JsonValueKind.Null, person.GetProperty("organization").ValueKind);
        Assert.Equal(SharedDataRows.PersonId, revealed.GetProperty("m01").GetProperty("nodes")[0].GetProperty("person").GetProperty("idNumber").GetString());
        var entity = Assert.Single(masked.GetProperty("m04").GetProperty("nodes").EnumerateArray());
        Assert.Equal((SharedDataRows.CompanyUscc, SharedDataRows.CompanyUscc, JsonValueKind.Null),
            (entity.GetProperty("subjectKey").GetString(), entity.GetProperty("organization").GetProperty("uscc").GetString(), entity.GetProperty("person").ValueKind));

        var links = (await administration.ListAuditAsync(50)).Where(a => a.Id > lastAuditId && a.Subject is "Clue.person" or "Clue.organization").OrderBy(a => a.Id).ToList();
        // The two links load in separate batches of one request, written in whichever order they finish.
        Assert.Equal([("Clue.organization", AuditActions.DataRead, readerId), ("Clue.person", AuditActions.DataRead, readerId)],
            links.Take(2).Select(a => (a.Subject, a.Action, a.Actor)).Order());
        Assert.Equal(("Clue.person", AuditActions.DataRevealed), (links[2].Subject, links[2].Action));
    }

    private static async Task<JsonElement> SubjectsAsync(SharedDataServer server, string token, string reason)
    {
        var response = await server.QueryAsync(token, Subjects.Replace("%REASON%", reason, StringComparison.Ordinal));
        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
        return response.GetProperty("data");
    }
}
