using System.Text.Json;
using Hub.Identity.Administration;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Server.Tests.SharedData;

/// <summary>Rows link to their person and organisation, and those to their rows, in one batch per field and request.</summary>
public sealed class SharedDataLinkTests(SharedDataFixture fixture) : IClassFixture<SharedDataFixture>
{
    [Fact]
    public async Task Links_of_a_whole_page_are_loaded_and_audited_in_one_batch_per_field()
    {
        var administration = fixture.Server.Services.GetRequiredService<IdentityAdministration>();
        var lastAuditId = (await administration.ListAuditAsync(1)).Single().Id;

        var result = await fixture.Server.QueryAsync(fixture.ReadToken,
            """
            {
              administrativePenalties(first: 50) {
                nodes {
                  decisionNo
                  person { idNumber criminalJudgments { courtCaseNo } }
                  organization { uscc name administrativePenalties { decisionNo } }
                }
              }
            }
            """);
        var nodes = result.GetProperty("data").GetProperty("administrativePenalties").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(SharedDataRows.PersonPenalties + 4, nodes.Count);
        Assert.All(nodes, node => Assert.Equal(JsonValueKind.Object, node.GetProperty("person").ValueKind));
        var companyRows = nodes.Where(n => n.GetProperty("organization").ValueKind == JsonValueKind.Object).ToList();
        Assert.Equal(3, companyRows.Count);
        Assert.All(companyRows, row => Assert.Equal(3, row.GetProperty("organization").GetProperty("administrativePenalties").GetArrayLength()));
        var personRow = nodes.First(n => n.GetProperty("organization").ValueKind == JsonValueKind.Null);
        Assert.Equal(["(2024)湘0281刑初001号"],
            personRow.GetProperty("person").GetProperty("criminalJudgments").EnumerateArray().Select(j => j.GetProperty("courtCaseNo").GetString()));

        var audit = (await administration.ListAuditAsync(50)).Where(a => a.Id > lastAuditId).ToList();
        Assert.Equal(
            ["AdministrativePenalty.organization", "AdministrativePenalty.person", "Organization.administrativePenalties", "Person.criminalJudgments", "Query.administrativePenalties"],
            audit.Select(a => a.Subject).Order(StringComparer.Ordinal));
        var persons = JsonDocument.Parse(audit.Single(a => a.Subject == "AdministrativePenalty.person").Detail).RootElement;
        Assert.Equal(3, persons.GetProperty("arguments").GetProperty("keys").GetArrayLength());
        Assert.Equal(3, persons.GetProperty("rows").GetInt32());
        var judgments = JsonDocument.Parse(audit.Single(a => a.Subject == "Person.criminalJudgments").Detail).RootElement;
        Assert.Equal(3, judgments.GetProperty("arguments").GetProperty("idNumber").GetArrayLength());
        Assert.Equal(1, judgments.GetProperty("rows").GetInt32());
    }

    [Fact]
    public async Task Linked_lists_filter_and_sort_per_parent_in_one_batch_per_selection()
    {
        var administration = fixture.Server.Services.GetRequiredService<IdentityAdministration>();
        var lastAuditId = (await administration.ListAuditAsync(1)).Single().Id;

        var result = await fixture.Server.QueryAsync(fixture.ReadToken,
            $$"""
            {
              administrativePenalties(first: 50, where: { sourceRecordId: { in: ["P1", "E1", "P-MINOR"] } }, order: [{ sourceRecordId: ASC }]) {
                nodes {
                  sourceRecordId
                  person {
                    early: administrativePenalties(where: { or: [{ decisionDate: { lt: "2024-01-03" } }, { sourceAgency: { eq: "ECO" } }] }, order: [{ decisionDate: ASC }]) { sourceRecordId }
                    psb: administrativePenalties(where: { sourceAgency: { eq: "PSB" } }, order: [{ decisionDate: DESC }]) { sourceRecordId }
                  }
                }
              }
            }
            """);

        Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
        var people = result.GetProperty("data").GetProperty("administrativePenalties").GetProperty("nodes").EnumerateArray()
            .ToDictionary(n => n.GetProperty("sourceRecordId").GetString()!, n => n.GetProperty("person"));
        string[] Ids(JsonElement person, string alias) => [.. person.GetProperty(alias).EnumerateArray().Select(r => r.GetProperty("sourceRecordId").GetString()!)];
        Assert.Equal(["P1", "P2"], Ids(people["P1"], "early"));
        Assert.Equal(["E1", "E2", "E3"], Ids(people["E1"], "early"));
        Assert.Equal(["P-MINOR"], Ids(people["P-MINOR"], "early"));
        Assert.Equal(Enumerable.Range(1, SharedDataRows.PersonPenalties).Reverse().Select(n => $"P{n}"), Ids(people["P1"], "psb"));
        Assert.Empty(Ids(people["E1"], "psb"));
        Assert.Equal(["P-MINOR"], Ids(people["P-MINOR"], "psb"));

        // One batch (one query) per aliased selection for the three persons, audited with its where and order.
        var links = (await administration.ListAuditAsync(50)).Where(a => a.Id > lastAuditId && a.Subject == "Person.administrativePenalties")
            .Select(a => JsonDocument.Parse(a.Detail).RootElement.GetProperty("arguments")).ToList();
        Assert.Equal(2, links.Count);
        Assert.All(links, arguments => Assert.Equal(3, arguments.GetProperty("idNumber").GetArrayLength()));
        Assert.Equal(["ASC", "DESC"], links.Select(a => a.GetProperty("order")[0].GetProperty("decisionDate").GetString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_linked_list_refuses_partial_matches_on_a_masked_field_unless_the_parents_read_reveals_it()
    {
        const string query = """
            criminalJudgments(where: { sourceRecordId: { eq: "J1" } }{0}) {
              nodes { person { administrativePenalties(where: { personIdNumber: { startsWith: "430281" } }, order: [{ decisionDate: ASC }]) { decisionNo } } }
            }
            """;

        var masked = await fixture.Server.QueryAsync(fixture.ReadToken, "{ " + query.Replace("{0}", "", StringComparison.Ordinal) + " }");
        var revealed = await fixture.Server.QueryAsync(fixture.RevealToken,
            "{ " + query.Replace("{0}", ", reason: \"醴检刑不诉〔2023〕12号 核实当事人身份\"", StringComparison.Ordinal) + " }");

        var error = Assert.Single(masked.GetProperty("errors").EnumerateArray());
        Assert.Equal("HUB_MASKED_FIELD_FILTER", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("AdministrativePenalty.personIdNumber", error.GetProperty("extensions").GetProperty("field").GetString());
        Assert.False(revealed.TryGetProperty("errors", out var errors), errors.ToString());
        var penalties = revealed.GetProperty("data").GetProperty("criminalJudgments").GetProperty("nodes")[0].GetProperty("person").GetProperty("administrativePenalties");
        Assert.Equal(SharedDataRows.PersonPenalties, penalties.GetArrayLength());
        Assert.Equal(SharedDataRows.PenaltyNo(1), penalties[0].GetProperty("decisionNo").GetString());
    }
}
