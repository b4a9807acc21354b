using System.Text.Json;
using Hub.Identity.Administration;
using Hub.Identity.Audit;
using Hub.Server.Tests.SharedData;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Server.Tests.Supervision;

/// <summary>
/// A stored clue and a dry run's candidate link to the person or organisation they are about, through HTTP with real
/// tokens: masked, revealed and audited as shared data.
/// </summary>
public sealed class ClueSubjectLinkTests
{
    private const string ClueSubjects = """
        { m01: clues(modelId: "M01"%REASON%) { nodes { person { idNumber } organization { uscc } } }
          m04: clues(modelId: "M04"%REASON%) { nodes { subjectKey person { idNumber } organization { uscc } } } }
        """;

    private const string CandidateSubjects = $$"""
        { m01: supervisionModel(id: "M01") { matches(asOf: "2025-06-30", parameters: {{M01Parameters.GraphQL}}%REASON%) { nodes { person { idNumber } organization { uscc } } } }
          m04: supervisionModel(id: "M04") { matches(asOf: "2025-06-30"%REASON%) { nodes { subjectKey person { idNumber } organization { uscc } } } } }
        """;

    [Theory]
    [InlineData("Clue", "clues.read")]
    [InlineData("ClueCandidate", "models.run")]
    public async Task A_person_subject_links_to_its_person_and_an_entity_subject_to_its_organization_as_the_lookups_serve_them(string type, string scope)
    {
        await using var server = await SharedDataServer.StartAsync(onPostgres: false);
        var runner = await server.TokenAsync("models.run");
        var (readerId, _, reader) = await server.ClientAsync(scope, "persons.read", "organizations.read");
        var revealer = await server.TokenAsync(scope, "persons.read", "organizations.read", "persons.reveal");
        var candidates = type == "ClueCandidate";
        if (!candidates)
        {
            foreach (var input in new[] { $$"""{modelId: "M01", asOf: "2025-06-30", parameters: {{M01Parameters.GraphQL}}}""", """{modelId: "M04", asOf: "2025-06-30"}""" })
            {
                await server.QueryAsync(runner, $"mutation {{ runSupervisionModel(input: {input}) {{ run {{ id }} }} }}");
            }
        }

        var administration = server.Services.GetRequiredService<IdentityAdministration>();
        var lastAuditId = (await administration.ListAuditAsync(1)).Single().Id;

        var query = candidates ? CandidateSubjects : ClueSubjects;
        var masked = await SubjectsAsync(server, reader, query, "");
        var revealed = await SubjectsAsync(server, revealer, query, ", reason: \"湘醴检控受〔2025〕7号 核查线索\"");
        JsonElement Nodes(JsonElement data, string alias) => candidates ? data.GetProperty(alias).GetProperty("matches").GetProperty("nodes") : data.GetProperty(alias).GetProperty("nodes");

        var person = Assert.Single(Nodes(masked, "m01").EnumerateArray());
        Assert.Equal($"{SharedDataRows.PersonId[..6]}********{SharedDataRows.PersonId[^4..]}", person.GetProperty("person").GetProperty("idNumber").GetString());
        Assert.Equal(JsonValueKind.Null, person.GetProperty("organization").ValueKind);
        Assert.Equal(SharedDataRows.PersonId, Nodes(revealed, "m01")[0].GetProperty("person").GetProperty("idNumber").GetString());
        var entity = Assert.Single(Nodes(masked, "m04").EnumerateArray());
        Assert.Equal((SharedDataRows.CompanyUscc, SharedDataRows.CompanyUscc, JsonValueKind.Null),
            (entity.GetProperty("subjectKey").GetString(), entity.GetProperty("organization").GetProperty("uscc").GetString(), entity.GetProperty("person").ValueKind));

        var links = (await administration.ListAuditAsync(50)).Where(a => a.Id > lastAuditId && (a.Subject == $"{type}.person" || a.Subject == $"{type}.organization")).OrderBy(a => a.Id).ToList();
        // The two links load in separate batches of one request, written in whichever order they finish.
        Assert.Equal([($"{type}.organization", AuditActions.DataRead, readerId), ($"{type}.person", AuditActions.DataRead, readerId)],
            links.Take(2).Select(a => (a.Subject, a.Action, a.Actor)).Order());
        Assert.Equal(($"{type}.person", AuditActions.DataRevealed), (links[2].Subject, links[2].Action));
    }

    private static async Task<JsonElement> SubjectsAsync(SharedDataServer server, string token, string query, string reason)
    {
        var response = await server.QueryAsync(token, query.Replace("%REASON%", reason, StringComparison.Ordinal));
        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
        return response.GetProperty("data");
    }
}
