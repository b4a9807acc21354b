using System.Net;
using System.Text.Json;
using Hub.Identity.Administration;
using Hub.Identity.Audit;
using Hub.Server.Tests.Administration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Server.Tests.SharedData;

/// <summary>
/// Two hubs on one database, as replicas behind a load balancer run: the limit on key lookups that find nothing and
/// the tally of failed client authentications are counted in the database, so neither multiplies with the replicas.
/// </summary>
public sealed class SharedCountersTests(SharedDataFixture fixture) : IClassFixture<SharedDataFixture>, IAsyncLifetime
{
    private const int Limit = 20;

    private HubKestrelServer _replica = null!;
    private HubHttpClient _replicaHttp = null!;

    public async Task InitializeAsync()
    {
        var configuration = fixture.Server.Services.GetRequiredService<IConfiguration>();
        _replica = await HubKestrelServer.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Hub:Database:Provider"] = "PostgreSql",
            ["Hub:Database:ConnectionString"] = configuration["Hub:Database:ConnectionString"],
            ["Identity:KeyEncryptionKey"] = configuration["Identity:KeyEncryptionKey"],
        });
        _replicaHttp = new HubHttpClient(_replica.Address);
    }

    [Fact]
    public async Task Misses_on_two_hubs_add_up_to_one_limit_the_alert_is_audited_once_and_the_other_hub_refuses_from_its_next_miss()
    {
        var (clientId, secret, token) = await fixture.Server.ClientAsync(SharedDataFixture.ReadScopes.Split(' '));
        var replicaToken = await _replicaHttp.AccessTokenAsync(clientId, secret, scope: null);

        for (var day = 1; day <= 12; day++)
        {
            Assert.Equal(JsonValueKind.Null, Person(await PersonHereAsync(token, SharedDataRows.GuessedPersonId(day))).ValueKind);
        }

        // A lookup that finds its person is answered on either hub and counts for nothing.
        Assert.Equal(JsonValueKind.Object, Person(await PersonOnReplicaAsync(replicaToken, SharedDataRows.PersonId)).ValueKind);
        for (var day = 13; day <= Limit; day++)
        {
            Assert.Equal(JsonValueKind.Null, Person(await PersonOnReplicaAsync(replicaToken, SharedDataRows.GuessedPersonId(day))).ValueKind);
        }

        // The replica made the 20th miss: it refuses every key lookup now, a real person's too.
        AssertRefused(await PersonOnReplicaAsync(replicaToken, SharedDataRows.PersonId), Limit);

        // This hub saw only 12 misses: it answers the next lookup, which misses, learns the shared count and refuses it;
        // from then on it refuses a hit as well. One miss beyond the limit per other hub, not a limit per hub.
        AssertRefused(await PersonHereAsync(token, SharedDataRows.GuessedPersonId(21)), Limit + 1);
        AssertRefused(await PersonHereAsync(token, SharedDataRows.PersonId), Limit + 1);

        var audit = await fixture.Server.Services.GetRequiredService<IdentityAdministration>().ListAuditAsync(1000);
        var alert = Assert.Single(audit, a => a.Action == AuditActions.KeyEnumerationAlert && a.Actor == clientId);
        var detail = JsonDocument.Parse(alert.Detail).RootElement;
        Assert.Equal((Limit, Limit), (detail.GetProperty("misses").GetInt32(), detail.GetProperty("limit").GetInt32()));
    }

    [Fact]
    public async Task Failed_authentications_on_two_hubs_in_one_minute_are_one_audit_record_with_their_sum()
    {
        await WithinOneMinuteAsync();
        var presented = "two-hubs-" + Guid.NewGuid().ToString("N");
        using var here = new HubHttpClient(fixture.Server.Address);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await here.RequestTokenAsync(presented, $"wrong-{i}", scope: null)).Status);
        }

        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await _replicaHttp.RequestTokenAsync(presented, $"wrong-{i}", scope: null)).Status);
        }

        // Each hub adds its tally to the shared counts; the one that writes the minute's records writes one for this id.
        await _replica.Services.GetRequiredService<FailedAuthenticationTally>().ShareAsync(CancellationToken.None);
        await fixture.Server.Services.GetRequiredService<FailedAuthenticationTally>().FlushAsync(CancellationToken.None);
        await _replica.Services.GetRequiredService<FailedAuthenticationTally>().FlushAsync(CancellationToken.None);

        var audit = await fixture.Server.Services.GetRequiredService<IdentityAdministration>().ListAuditAsync(1000);
        var record = Assert.Single(audit, a => a.Action == AuditActions.AuthenticationFailed && a.Actor == presented);
        var detail = JsonDocument.Parse(record.Detail).RootElement;
        Assert.Equal(7, detail.GetProperty("count").GetInt32());
        Assert.Equal("/connect/token", record.Subject);
        Assert.Equal(["ClientSecretBasic"], detail.GetProperty("methods").EnumerateArray().Select(m => m.GetString()));
    }

    public async Task DisposeAsync()
    {
        _replicaHttp.Dispose();
        await _replica.DisposeAsync();
    }

    private static void AssertRefused(JsonElement response, int misses)
    {
        var error = Assert.Single(response.GetProperty("errors").EnumerateArray());
        Assert.Equal("HUB_KEY_LOOKUP_LIMIT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.StartsWith($"Too many lookups that found nothing: this client has made {misses} this hour (at most {Limit}, Hub:MissedKeyLookupsPerHour); ",
            error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    private static JsonElement Person(JsonElement response) => response.GetProperty("data").GetProperty("person");

    private Task<JsonElement> PersonHereAsync(string token, string idNumber) =>
        fixture.Server.QueryAsync(token, $"{{ person(idNumber: \"{idNumber}\") {{ idNumber }} }}");

    private Task<JsonElement> PersonOnReplicaAsync(string token, string idNumber) =>
        _replicaHttp.GraphQLAsync($"{{ person(idNumber: \"{idNumber}\") {{ idNumber }} }}", accessToken: token);

    // The tallies are per minute; starting late in one could split the failures over two.
    private static async Task WithinOneMinuteAsync()
    {
        var second = DateTimeOffset.UtcNow.Second;
        if (second >= 45)
        {
            await Task.Delay(TimeSpan.FromSeconds(61 - second));
        }
    }
}
