using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Hub.Identity.Administration;
using Hub.Identity.Audit;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Server.Tests.SharedData;

/// <summary>Sealed rows, masking, reveal with a reason and the audit of reads, over HTTP against PostgreSQL.</summary>
public sealed class SharedDataPrivacyTests(SharedDataFixture fixture) : IClassFixture<SharedDataFixture>
{
    private static readonly string Person = SharedDataRows.PersonId;
    private static readonly string MaskedPerson = Person[..6] + "********" + Person[14..];

    [Fact]
    public async Task Sealed_rows_are_never_returned_by_lists_or_links()
    {
        var result = await fixture.Server.QueryAsync(fixture.RevealToken,
            $$"""
            {
              administrativePenalties(first: 50) { totalCount nodes { decisionNo } }
              criminalJudgments(personIdNumber: "{{Person}}") { totalCount nodes { courtCaseNo } }
              person(idNumber: "{{Person}}", reason: "醴检刑不诉〔2024〕116号 sealed check") { administrativePenalties { decisionNo } criminalJudgments { courtCaseNo } }
            }
            """);
        var data = result.GetProperty("data");
        Assert.Equal(SharedDataRows.PersonPenalties + 4, data.GetProperty("administrativePenalties").GetProperty("totalCount").GetInt32());
        Assert.DoesNotContain(SharedDataRows.SealedPenaltyNo, Texts(data.GetProperty("administrativePenalties").GetProperty("nodes"), "decisionNo"));
        Assert.Equal(["(2024)湘0281刑初001号"], Texts(data.GetProperty("criminalJudgments").GetProperty("nodes"), "courtCaseNo"));
        var person = data.GetProperty("person");
        Assert.Equal(SharedDataRows.PersonPenalties, person.GetProperty("administrativePenalties").GetArrayLength());
        Assert.DoesNotContain(SharedDataRows.SealedPenaltyNo, Texts(person.GetProperty("administrativePenalties"), "decisionNo"));
        Assert.Equal(["(2024)湘0281刑初001号"], Texts(person.GetProperty("criminalJudgments"), "courtCaseNo"));
    }

    [Fact]
    public async Task A_person_or_organisation_that_only_sealed_rows_name_cannot_be_looked_up()
    {
        var result = await fixture.Server.QueryAsync(fixture.RevealToken,
            $$"""
            {
              person(idNumber: "{{SharedDataRows.SealedOnlyMinorId}}", reason: "醴检刑不诉〔2024〕116号 sealed check") { idNumber }
              organization(uscc: "{{SharedDataRows.SealedOnlyUscc}}", reason: "醴检刑不诉〔2024〕116号 sealed check") { uscc }
              known: person(idNumber: "{{Person}}") { sex }
            }
            """);
        var data = result.GetProperty("data");
        Assert.Equal(JsonValueKind.Null, data.GetProperty("person").ValueKind);
        Assert.Equal(JsonValueKind.Null, data.GetProperty("organization").ValueKind);
        Assert.Equal("M", data.GetProperty("known").GetProperty("sex").GetString());
    }

    [Fact]
    public async Task A_minor_is_told_by_age_band_alone_even_to_a_client_that_may_reveal()
    {
        var result = await fixture.Server.QueryAsync(fixture.RevealToken,
            $$"""
            {
              minor: person(idNumber: "{{SharedDataRows.MinorId}}", reason: "醴检刑不诉〔2024〕120号 age check") { birthYear ageBand }
              adult: person(idNumber: "{{Person}}") { birthYear ageBand }
            }
            """);

        var data = result.GetProperty("data");
        Assert.Equal(JsonValueKind.Null, data.GetProperty("minor").GetProperty("birthYear").ValueKind);
        Assert.NotEqual("ADULT", data.GetProperty("minor").GetProperty("ageBand").GetString());
        Assert.Equal("1985", data.GetProperty("adult").GetProperty("birthYear").GetRawText());
        Assert.Equal("ADULT", data.GetProperty("adult").GetProperty("ageBand").GetString());
    }

    [Fact]
    public async Task Personal_fields_are_masked_by_default_even_for_a_client_that_may_reveal()
    {
        foreach (var token in new[] { fixture.ReadToken, fixture.RevealToken })
        {
            var result = await fixture.Server.QueryAsync(token,
                $$"""
                {
                  person(idNumber: "{{Person.ToLowerInvariant()}}") { idNumber sex birthYear regionCode administrativePenalties { personIdNumber personName } }
                  organization(uscc: "{{SharedDataRows.CompanyUscc}}") { uscc name address legalRepresentativeIdNumber }
                  administrativePenalties(sourceAgency: "ECO", first: 1) { nodes { personName personIdNumber } }
                  minor: administrativePenalties(personIdNumber: "{{SharedDataRows.MinorId}}") { nodes { personName } }
                }
                """);
            var data = result.GetProperty("data");
            var person = data.GetProperty("person");
            Assert.Equal(MaskedPerson, person.GetProperty("idNumber").GetString());
            Assert.Equal("1985", person.GetProperty("birthYear").GetRawText());
            Assert.Equal("M", person.GetProperty("sex").GetString());
            var penalty = person.GetProperty("administrativePenalties")[0];
            Assert.Equal(MaskedPerson, penalty.GetProperty("personIdNumber").GetString());
            Assert.Equal("张*明", penalty.GetProperty("personName").GetString());

            var organization = data.GetProperty("organization");
            Assert.Equal(SharedDataRows.CompanyUscc, organization.GetProperty("uscc").GetString());
            Assert.Equal("湖南省株洲市醴陵市阳三石街道白兔潭社区***", organization.GetProperty("address").GetString());
            Assert.Matches("^430281\\*{8}[0-9]{3}[0-9X]$", organization.GetProperty("legalRepresentativeIdNumber").GetString());
            Assert.Equal("欧**娜", data.GetProperty("administrativePenalties").GetProperty("nodes")[0].GetProperty("personName").GetString());
            Assert.Equal("***", data.GetProperty("minor").GetProperty("nodes")[0].GetProperty("personName").GetString());
        }
    }

    [Fact]
    public async Task A_reveal_scope_with_a_reason_shows_full_values_and_the_read_scopes_alone_do_not()
    {
        var query = $$"""
            {
              person(idNumber: "{{Person}}", reason: "醴检刑不诉〔2024〕117号 verify identity") {
                idNumber administrativePenalties { personIdNumber personName }
              }
              organization(uscc: "{{SharedDataRows.CompanyUscc}}", reason: "醴检刑不诉〔2024〕117号 verify representative") { address legalRepresentativeIdNumber }
            }
            """;
        var revealed = (await fixture.Server.QueryAsync(fixture.RevealToken, query)).GetProperty("data");
        Assert.Equal(Person, revealed.GetProperty("person").GetProperty("idNumber").GetString());
        Assert.Equal(SharedDataRows.PersonName, revealed.GetProperty("person").GetProperty("administrativePenalties")[0].GetProperty("personName").GetString());
        Assert.Equal(SharedDataRows.CompanyAddress, revealed.GetProperty("organization").GetProperty("address").GetString());
        Assert.Equal(SharedDataRows.OtherPersonId, revealed.GetProperty("organization").GetProperty("legalRepresentativeIdNumber").GetString());

        var minor = await fixture.Server.QueryAsync(fixture.RevealToken,
            $"{{ administrativePenalties(personIdNumber: \"{SharedDataRows.MinorId}\", reason: \"醴检刑不诉〔2024〕118号 verify minor\") {{ nodes {{ personName }} }} }}");
        Assert.Equal(SharedDataRows.MinorName, minor.GetProperty("data").GetProperty("administrativePenalties").GetProperty("nodes")[0].GetProperty("personName").GetString());

        var notAllowed = (await fixture.Server.QueryAsync(fixture.ReadToken, query)).GetProperty("data");
        Assert.Equal(MaskedPerson, notAllowed.GetProperty("person").GetProperty("idNumber").GetString());
        Assert.Equal("张*明", notAllowed.GetProperty("person").GetProperty("administrativePenalties")[0].GetProperty("personName").GetString());

        var blankReason = await fixture.Server.QueryAsync(fixture.RevealToken,
            $"{{ administrativePenalties(personIdNumber: \"{Person}\", reason: \"  \", first: 1) {{ nodes {{ personIdNumber }} }} }}");
        Assert.Equal(MaskedPerson, blankReason.GetProperty("data").GetProperty("administrativePenalties").GetProperty("nodes")[0].GetProperty("personIdNumber").GetString());
    }

    [Fact]
    public async Task Free_text_facts_do_not_repeat_the_personal_data_the_fields_mask()
    {
        var query = $$"""
            {
              minor: administrativePenalties(personIdNumber: "{{SharedDataRows.MinorId}}", reason: "醴检刑不诉〔2024〕119号 read facts") { nodes { factsText } }
              adult: administrativePenalties(sourceAgency: "ECO", first: 1, reason: "醴检刑不诉〔2024〕119号 read facts") { nodes { factsText } }
            }
            """;
        var masked = (await fixture.Server.QueryAsync(fixture.ReadToken, query)).GetProperty("data");
        var maskedMinorId = SharedDataRows.MinorId[..6] + "********" + SharedDataRows.MinorId[14..];
        Assert.Equal($"***（身份证号{maskedMinorId}，电话138****5678）殴打他人", masked.GetProperty("minor").GetProperty("nodes")[0].GetProperty("factsText").GetString());
        Assert.Equal("欧**娜超标排放", masked.GetProperty("adult").GetProperty("nodes")[0].GetProperty("factsText").GetString());

        var revealed = (await fixture.Server.QueryAsync(fixture.RevealToken, query)).GetProperty("data");
        Assert.Equal(SharedDataRows.MinorFacts, revealed.GetProperty("minor").GetProperty("nodes")[0].GetProperty("factsText").GetString());
        Assert.Equal($"{SharedDataRows.OtherPersonName}超标排放", revealed.GetProperty("adult").GetProperty("nodes")[0].GetProperty("factsText").GetString());
    }

    [Fact]
    public async Task Every_read_is_audited_once_per_field_with_who_what_rows_and_the_reveal_reason()
    {
        var reason = $"{Guid.NewGuid()} audit test";
        await fixture.Server.QueryAsync(fixture.RevealToken,
            $"{{ administrativePenalties(personIdNumber: \"{Person}\", first: 7, reason: \"{reason}\") {{ nodes {{ personIdNumber }} }} }}");
        await fixture.Server.QueryAsync(fixture.ReadToken,
            $"{{ person(idNumber: \"{Person}\", reason: \"{reason}\") {{ idNumber }} }}");

        var audit = await fixture.Server.Services.GetRequiredService<IdentityAdministration>().ListAuditAsync(200);
        var mine = audit.Where(a => a.Detail.Contains(reason, StringComparison.Ordinal)).ToList();
        Assert.Equal(2, mine.Count);

        var reveal = Assert.Single(mine, a => a.Subject == "Query.administrativePenalties");
        Assert.Equal(AuditActions.DataRevealed, reveal.Action);
        Assert.StartsWith("spp-test-430281-", reveal.Actor);
        var detail = JsonDocument.Parse(reveal.Detail).RootElement;
        Assert.Equal(SharedDataRows.AgencyCode, detail.GetProperty("agency").GetString());
        Assert.Equal(7, detail.GetProperty("rows").GetInt32());
        Assert.Equal(MaskedPerson, detail.GetProperty("arguments").GetProperty("personIdNumber").GetString());
        Assert.Equal([PersonKey(Person)], detail.GetProperty("persons").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(7, detail.GetProperty("arguments").GetProperty("first").GetInt32());
        Assert.Contains("AdministrativePenalty.personIdNumber", detail.GetProperty("revealed").EnumerateArray().Select(e => e.GetString()));

        // The read scopes alone reveal nothing, so the same reason is a plain read.
        var read = Assert.Single(mine, a => a.Subject == "Query.person");
        Assert.Equal(AuditActions.DataRead, read.Action);
        Assert.Equal(1, JsonDocument.Parse(read.Detail).RootElement.GetProperty("rows").GetInt32());
        Assert.Empty(JsonDocument.Parse(read.Detail).RootElement.GetProperty("revealed").EnumerateArray());
    }

    [Fact]
    public async Task Rows_and_persons_shown_in_full_through_links_are_audited_as_reveals_with_the_reason()
    {
        var reason = $"{Guid.NewGuid()} link audit test";
        var query = $$"""
            {
              administrativePenalties(personIdNumber: "{{Person}}", first: 1, reason: "{{reason}}") {
                nodes { person { idNumber criminalJudgments { defendantName } } }
              }
            }
            """;
        var shown = (await fixture.Server.QueryAsync(fixture.RevealToken, query)).GetProperty("data")
            .GetProperty("administrativePenalties").GetProperty("nodes")[0].GetProperty("person");
        Assert.Equal(Person, shown.GetProperty("idNumber").GetString());
        Assert.Equal(SharedDataRows.PersonName, shown.GetProperty("criminalJudgments")[0].GetProperty("defendantName").GetString());

        var audit = await fixture.Server.Services.GetRequiredService<IdentityAdministration>().ListAuditAsync(200);
        var mine = audit.Where(a => a.Detail.Contains(reason, StringComparison.Ordinal)).ToList();
        Assert.Equal(
            [
                ("AdministrativePenalty.person", AuditActions.DataRevealed, "[\"Person.idNumber\"]"),
                ("Person.criminalJudgments", AuditActions.DataRevealed, "[\"CriminalJudgment.defendantName\"]"),

                // The penalties themselves were shown with no personal field selected: a plain read.
                ("Query.administrativePenalties", AuditActions.DataRead, "[]"),
            ],
            mine.Select(a => (a.Subject, a.Action, JsonDocument.Parse(a.Detail).RootElement.GetProperty("revealed").GetRawText()))
                .OrderBy(a => a.Subject, StringComparer.Ordinal));
        Assert.All(mine, a => Assert.Equal(reason, JsonDocument.Parse(a.Detail).RootElement.GetProperty("reason").GetString()));
    }

    [Fact]
    public async Task A_reveal_is_audited_with_the_fields_it_returned_not_every_field_the_scope_could_reveal()
    {
        var reason = $"{Guid.NewGuid()} shown fields audit";
        await fixture.Server.QueryAsync(fixture.RevealToken,
            $$"""
            {
              names: administrativePenalties(personIdNumber: "{{Person}}", first: 1, reason: "{{reason}}") {
                edges { node { decisionNo personName } }
              }
              nothingPersonal: administrativePenalties(personIdNumber: "{{Person}}", first: 1, reason: "{{reason}}") {
                totalCount nodes { decisionNo }
              }
              aliased: person(idNumber: "{{Person}}", reason: "{{reason}}") { sex number: idNumber }
            }
            """);

        var mine = (await fixture.Server.Services.GetRequiredService<IdentityAdministration>().ListAuditAsync(200))
            .Where(a => a.Detail.Contains(reason, StringComparison.Ordinal))
            .Select(a => (a.Subject, a.Action, JsonDocument.Parse(a.Detail).RootElement.GetProperty("revealed").GetRawText()))
            .OrderBy(a => a.Subject, StringComparer.Ordinal).ThenBy(a => a.Action, StringComparer.Ordinal).ToList();
        Assert.Equal(
            [
                ("Query.administrativePenalties", AuditActions.DataRead, "[]"),
                ("Query.administrativePenalties", AuditActions.DataRevealed, "[\"AdministrativePenalty.personName\"]"),
                ("Query.person", AuditActions.DataRevealed, "[\"Person.idNumber\"]"),
            ],
            mine);
    }

    [Fact]
    public async Task The_audit_names_the_rows_read_and_holds_no_identity_number_the_caller_was_not_shown()
    {
        var reason = $"{Guid.NewGuid()} row audit test";
        var query = $$"""
            {
              administrativePenalties(sourceAgency: "ECO", first: 3, reason: "{{reason}}") {
                nodes { person { criminalJudgments { courtCaseNo } } }
              }
            }
            """;
        await fixture.Server.QueryAsync(fixture.ReadToken, query);
        var administration = fixture.Server.Services.GetRequiredService<IdentityAdministration>();
        var mine = (await administration.ListAuditAsync(200)).Where(a => a.Detail.Contains(reason, StringComparison.Ordinal)).ToList();

        Assert.Equal(3, mine.Count);
        Assert.All(mine, a => Assert.DoesNotContain(SharedDataRows.OtherPersonId, a.Detail, StringComparison.Ordinal));
        var list = JsonDocument.Parse(mine.Single(a => a.Subject == "Query.administrativePenalties").Detail).RootElement;
        Assert.Equal(["ECO/E1", "ECO/E2", "ECO/E3"], list.GetProperty("records").EnumerateArray().Select(r => r.GetString()).Order(StringComparer.Ordinal));
        var maskedOther = SharedDataRows.OtherPersonId[..6] + "********" + SharedDataRows.OtherPersonId[14..];
        var persons = JsonDocument.Parse(mine.Single(a => a.Subject == "AdministrativePenalty.person").Detail).RootElement;
        Assert.Equal([maskedOther], persons.GetProperty("arguments").GetProperty("keys").EnumerateArray().Select(k => k.GetString()));
        var judgments = JsonDocument.Parse(mine.Single(a => a.Subject == "Person.criminalJudgments").Detail).RootElement;
        Assert.Equal([maskedOther], judgments.GetProperty("arguments").GetProperty("idNumber").EnumerateArray().Select(k => k.GetString()));

        Assert.Equal([PersonKey(SharedDataRows.OtherPersonId)], persons.GetProperty("persons").EnumerateArray().Select(k => k.GetString()));

        // With the reveal scope the number could be shown in full, yet the auditor, who sees no payloads, still reads it masked.
        await fixture.Server.QueryAsync(fixture.RevealToken, query.Replace(reason, reason + " reveal", StringComparison.Ordinal));
        var revealed = (await administration.ListAuditAsync(200)).Single(a => a.Subject == "AdministrativePenalty.person" && a.Detail.Contains(reason + " reveal", StringComparison.Ordinal));
        Assert.Equal([maskedOther],
            JsonDocument.Parse(revealed.Detail).RootElement.GetProperty("arguments").GetProperty("keys").EnumerateArray().Select(k => k.GetString()));
    }

    [Fact]
    public async Task Identity_numbers_typed_as_arguments_are_in_the_audit_only_masked_and_as_a_keyed_hash()
    {
        // A token with only audit.read must not learn the numbers that revealing callers typed.
        var reason = $"{Guid.NewGuid()} typed key audit";
        var lowercase = SharedDataRows.PersonId.ToLowerInvariant();
        await fixture.Server.QueryAsync(fixture.RevealToken,
            $$"""
            {
              person(idNumber: "{{lowercase}}", reason: "{{reason}}") { idNumber }
              administrativePenalties(personIdNumber: "{{SharedDataRows.OtherPersonId}}", reason: "{{reason}}") { nodes { personIdNumber } }
            }
            """);

        var mine = (await fixture.Server.Services.GetRequiredService<IdentityAdministration>().ListAuditAsync(200))
            .Where(a => a.Detail.Contains(reason, StringComparison.Ordinal)).ToList();
        Assert.Equal(2, mine.Count);
        Assert.All(mine, a => Assert.DoesNotContain(SharedDataRows.PersonId, a.Detail, StringComparison.OrdinalIgnoreCase));
        Assert.All(mine, a => Assert.DoesNotContain(SharedDataRows.OtherPersonId, a.Detail, StringComparison.OrdinalIgnoreCase));
        var person = JsonDocument.Parse(mine.Single(a => a.Subject == "Query.person").Detail).RootElement;
        Assert.Equal(MaskedPerson, person.GetProperty("arguments").GetProperty("idNumber").GetString());
        Assert.Equal([PersonKey(Person)], person.GetProperty("persons").EnumerateArray().Select(p => p.GetString()));
        var list = JsonDocument.Parse(mine.Single(a => a.Subject == "Query.administrativePenalties").Detail).RootElement;
        Assert.Equal([PersonKey(SharedDataRows.OtherPersonId)], list.GetProperty("persons").EnumerateArray().Select(p => p.GetString()));

        // The hash is HMAC-SHA256 under a key derived from the key-encryption key, not a plain digest of the number.
        Assert.NotEqual(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Person))), PersonKey(Person));
        Assert.Matches("^[0-9a-f]{64}$", PersonKey(Person));
    }

    private string PersonKey(string idNumber) => fixture.Server.Services.GetRequiredService<PersonKeyHash>().Hash(idNumber);

    [Theory]
    [InlineData("\\u200b")]
    [InlineData("\\u200b\\u2060\\ufeff\\u200d")]
    [InlineData(" \\u3164\\u00a0\\u200c ")]
    public async Task A_reason_of_invisible_characters_only_is_refused_with_an_error_naming_the_argument(string reason)
    {
        var result = await fixture.Server.QueryAsync(fixture.RevealToken,
            $$"""{ person(idNumber: "{{SharedDataRows.PersonId}}", reason: "{{reason}}") { idNumber } }""");

        var error = Assert.Single(result.GetProperty("errors").EnumerateArray());
        Assert.Equal("HUB_INVALID_REASON", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("reason", error.GetProperty("extensions").GetProperty("argument").GetString());
        Assert.StartsWith("The argument \"reason\" has no visible characters", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, result.GetProperty("data").GetProperty("person").ValueKind);
    }

    [Theory]
    [InlineData("x", "names no case or clue")]
    [InlineData("case 2024-117: verify identity", "names no case or clue")]
    [InlineData("0f8fad5b-d9cb-469f-a165", "names no case or clue")]
    [InlineData("醴检刑不诉〔2023〕12号", "names 醴检刑不诉〔2023〕12号 but not why it is revealed")]
    [InlineData("0f8fad5b-d9cb-469f-a165-70867728950e ?", "names 0f8fad5b-d9cb-469f-a165-70867728950e but not why it is revealed")]
    public async Task A_reason_that_names_no_case_or_clue_and_why_is_refused_with_the_expected_form(string reason, string problem)
    {
        var result = await fixture.Server.QueryAsync(fixture.RevealToken,
            $$"""{ person(idNumber: "{{SharedDataRows.PersonId}}", reason: "{{reason}}") { idNumber } }""");

        var error = Assert.Single(result.GetProperty("errors").EnumerateArray());
        Assert.Equal("HUB_INVALID_REASON", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("reason", error.GetProperty("extensions").GetProperty("argument").GetString());
        Assert.Equal(
            $"The argument \"reason\" {problem}: give a procuratorate case number (e.g. 醴检刑不诉〔2023〕12号) or a clue id " +
            "(a UUID such as 0f8fad5b-d9cb-469f-a165-70867728950e), followed by why, e.g. \"醴检刑不诉〔2023〕12号 核实当事人身份\".",
            error.GetProperty("message").GetString());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("data").GetProperty("person").ValueKind);
    }

    [Theory]
    [InlineData("醴检刑不诉〔2023〕12号 核实当事人身份")]
    [InlineData("verify identity for 湘醴检刑诉受[２０２４]３号")]
    [InlineData("clue 0F8FAD5B-D9CB-469F-A165-70867728950E: confirm the subject")]
    public async Task A_reason_naming_a_procuratorate_case_or_a_clue_and_why_reveals(string reason)
    {
        var result = await fixture.Server.QueryAsync(fixture.RevealToken,
            $$"""{ person(idNumber: "{{SharedDataRows.PersonId}}", reason: "{{reason}}") { idNumber } }""");

        Assert.False(result.TryGetProperty("errors", out _));
        Assert.Equal(SharedDataRows.PersonId, result.GetProperty("data").GetProperty("person").GetProperty("idNumber").GetString());
    }

    private static List<string> Texts(JsonElement nodes, string field) =>
        nodes.EnumerateArray().Select(n => n.GetProperty(field).GetString()!).ToList();
}
