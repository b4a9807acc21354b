using System.Text.Json;
using Hub.Identity.Administration;
using Hub.Identity.Audit;
using Hub.Server.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hub.Server.Tests.SharedData;

/// <summary>Identity-number enumeration: lookups that find nothing are limited per client and hour, and the burst is audited.</summary>
public sealed class KeyLookupLimitTests(SharedDataFixture fixture) : IClassFixture<SharedDataFixture>
{
    private const int Limit = 20;

    [Fact]
    public async Task Guessing_the_hidden_digits_of_a_masked_number_is_stopped_at_the_limit_and_audited_as_an_alert()
    {
        Assert.Equal(Limit, fixture.Server.Services.GetRequiredService<IOptions<HubOptions>>().Value.MissedKeyLookupsPerHour);
        var (guesser, _, token) = await fixture.Server.ClientAsync(SharedDataFixture.ReadScopes.Split(' '));
        var (bystander, _, bystanderToken) = await fixture.Server.ClientAsync(SharedDataFixture.ReadScopes.Split(' '));

        // A masked number shows the region and the last four characters: guess the birth date between them, as an attacker would.
        for (var day = 1; day <= Limit - 1; day++)
        {
            Assert.Equal(JsonValueKind.Null, (await PersonAsync(token, SharedDataRows.GuessedPersonId(day))).GetProperty("data").GetProperty("person").ValueKind);
        }

        // Lookups that find a person do not count: legitimate work under the limit is unaffected.
        Assert.Equal(SharedDataRows.PersonId[..6] + "********" + SharedDataRows.PersonId[14..],
            (await PersonAsync(token, SharedDataRows.PersonId)).GetProperty("data").GetProperty("person").GetProperty("idNumber").GetString());
        var last = await PersonAsync(token, SharedDataRows.GuessedPersonId(Limit));
        Assert.False(last.TryGetProperty("errors", out _));

        // The limit is reached: every key lookup is refused now, a real person's too, so hits cannot be told from misses.
        foreach (var refused in new[]
        {
            await PersonAsync(token, SharedDataRows.PersonId),
            await fixture.Server.QueryAsync(token, $"{{ administrativePenalties(personIdNumber: \"{SharedDataRows.PersonId}\") {{ totalCount }} }}"),
        })
        {
            var error = Assert.Single(refused.GetProperty("errors").EnumerateArray());
            Assert.Equal("HUB_KEY_LOOKUP_LIMIT", error.GetProperty("extensions").GetProperty("code").GetString());
            Assert.StartsWith($"Too many lookups that found nothing: this client has made {Limit} this hour (at most {Limit}, Hub:MissedKeyLookupsPerHour); " +
                "lookups by identity number or credit code are refused until ", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        }

        // Reads without a key, and other clients, go on.
        Assert.Equal(3, (await fixture.Server.QueryAsync(token, "{ administrativePenalties(sourceAgency: \"ECO\", first: 3) { nodes { decisionNo } } }"))
            .GetProperty("data").GetProperty("administrativePenalties").GetProperty("nodes").GetArrayLength());
        Assert.Equal(JsonValueKind.Object, (await PersonAsync(bystanderToken, SharedDataRows.PersonId)).GetProperty("data").GetProperty("person").ValueKind);

        var audit = await fixture.Server.Services.GetRequiredService<IdentityAdministration>().ListAuditAsync(500);
        var alert = Assert.Single(audit, a => a.Action == AuditActions.KeyEnumerationAlert && a.Actor == guesser);
        Assert.Equal("Query.person", alert.Subject);
        var detail = JsonDocument.Parse(alert.Detail).RootElement;
        Assert.Equal((SharedDataRows.AgencyCode, Limit, Limit), (detail.GetProperty("agency").GetString(), detail.GetProperty("misses").GetInt32(), detail.GetProperty("limit").GetInt32()));
        Assert.DoesNotContain(audit, a => a.Action == AuditActions.KeyEnumerationAlert && a.Actor == bystander);
    }

    private Task<JsonElement> PersonAsync(string token, string idNumber) =>
        fixture.Server.QueryAsync(token, $"{{ person(idNumber: \"{idNumber}\") {{ idNumber }} }}");
}
