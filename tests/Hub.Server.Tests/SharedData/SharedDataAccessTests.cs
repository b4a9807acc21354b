using System.Text.Json;
using Hub.Identity.Administration;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Server.Tests.SharedData;

/// <summary>
/// The scope catalogue guards the shared-data fields: a field no scope of the caller grants is null with
/// HotChocolate's authorization error, and a denied read is not audited as a read of data.
/// </summary>
public sealed class SharedDataAccessTests(SharedDataFixture fixture) : IClassFixture<SharedDataFixture>
{
    private static readonly string Person = SharedDataRows.PersonId;

    [Fact]
    public async Task Without_a_token_the_lookups_and_lists_are_not_authenticated()
    {
        var result = await fixture.Server.QueryAsync(null,
            $"{{ person(idNumber: \"{Person}\") {{ idNumber }} administrativePenalties {{ totalCount }} }}");
        Assert.Equal(JsonValueKind.Null, result.GetProperty("data").GetProperty("person").ValueKind);
        Assert.Equal(JsonValueKind.Null, result.GetProperty("data").GetProperty("administrativePenalties").ValueKind);
        Assert.Equal(["AUTH_NOT_AUTHENTICATED", "AUTH_NOT_AUTHENTICATED"], Codes(result));
    }

    [Fact]
    public async Task A_person_reader_gets_the_person_but_not_the_enforcement_data_and_the_denial_is_not_audited_as_a_read()
    {
        var token = await fixture.Server.TokenAsync("persons.read");
        var administration = fixture.Server.Services.GetRequiredService<IdentityAdministration>();
        var lastAuditId = (await administration.ListAuditAsync(1)).Single().Id;

        var result = await fixture.Server.QueryAsync(token,
            $"{{ person(idNumber: \"{Person}\") {{ idNumber administrativePenalties {{ decisionNo }} }} administrativePenalties {{ totalCount }} }}");

        var data = result.GetProperty("data");
        Assert.Equal(Person[..6] + "********" + Person[14..], data.GetProperty("person").GetProperty("idNumber").GetString());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("person").GetProperty("administrativePenalties").ValueKind);
        Assert.Equal(JsonValueKind.Null, data.GetProperty("administrativePenalties").ValueKind);
        Assert.Equal(["AUTH_NOT_AUTHORIZED", "AUTH_NOT_AUTHORIZED"], Codes(result));
        Assert.Equal(["administrativePenalties", "person.administrativePenalties"], Paths(result));

        var reads = (await administration.ListAuditAsync(20)).Where(a => a.Id > lastAuditId && a.Action.StartsWith("data.", StringComparison.Ordinal));
        Assert.Equal(["Query.person"], reads.Select(a => a.Subject));
    }

    [Fact]
    public async Task An_enforcement_reader_gets_penalties_but_not_the_persons_they_name()
    {
        var token = await fixture.Server.TokenAsync("enforcement.read");
        var result = await fixture.Server.QueryAsync(token,
            $"{{ administrativePenalties(personIdNumber: \"{Person}\", first: 1) {{ nodes {{ decisionNo person {{ idNumber }} }} }} }}");

        var node = result.GetProperty("data").GetProperty("administrativePenalties").GetProperty("nodes")[0];
        Assert.Equal(SharedDataRows.PenaltyNo(SharedDataRows.PersonPenalties), node.GetProperty("decisionNo").GetString());
        Assert.Equal(JsonValueKind.Null, node.GetProperty("person").ValueKind);
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], Codes(result));
    }

    [Fact]
    public async Task The_reveal_scope_alone_opens_no_data()
    {
        var token = await fixture.Server.TokenAsync("persons.reveal");
        var result = await fixture.Server.QueryAsync(token,
            $"{{ person(idNumber: \"{Person}\", reason: \"醴检刑不诉〔2024〕121号 curiosity\") {{ idNumber }} criminalJudgments {{ totalCount }} }}");
        Assert.Equal(JsonValueKind.Null, result.GetProperty("data").GetProperty("person").ValueKind);
        Assert.Equal(JsonValueKind.Null, result.GetProperty("data").GetProperty("criminalJudgments").ValueKind);
        Assert.Equal(["AUTH_NOT_AUTHORIZED", "AUTH_NOT_AUTHORIZED"], Codes(result));
    }

    private static List<string> Codes(JsonElement result) =>
        result.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("extensions").GetProperty("code").GetString()!).ToList();

    private static List<string> Paths(JsonElement result) =>
        result.GetProperty("errors").EnumerateArray()
            .Select(e => string.Join('.', e.GetProperty("path").EnumerateArray().Select(p => p.ToString())))
            .Order(StringComparer.Ordinal).ToList();
}
