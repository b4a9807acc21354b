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
}
