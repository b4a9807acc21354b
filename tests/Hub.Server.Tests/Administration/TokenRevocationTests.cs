using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Hub.Server.Tests.Transport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Server.Tests.Administration;

/// <summary>
/// Suspending an agency, disabling a client, revoking a scope, expiring secrets and <c>revokeClientTokens</c> stop the
/// live tokens they concern at once: over HTTP, on an open WebSocket even when it is idle, and on another hub on the same database.
/// </summary>
[Collection(AdministrationCollection.Name)]
public sealed class TokenRevocationTests(AdminHubFixture hub)
{
    // Any query: a revoked bearer token is refused (401) before the operation is looked at.
    private const string Probe = "{ __typename }";

    private readonly Dictionary<string, string> _secrets = [];

    [Fact]
    public async Task A_suspended_agencys_token_stops_working_over_http_with_the_next_request()
    {
        var (_, token) = await ClientOfNewAgencyAsync("REVH-330700");
        Assert.Equal(HttpStatusCode.OK, await ProbeAsync(hub.Server.Address, token));

        var suspended = await hub.Http.MutateAsync(await hub.AdminTokenAsync(), "suspendAgency", "SuspendAgencyInput", new { code = "REVH-330700" }, "agency { suspended }");
        var trail = await hub.Http.GraphQLAsync("""{ auditTrail(subject: "REVH-330700", action: "agency.suspended") { nodes { detail } } }""", accessToken: await hub.AdminTokenAsync());

        Assert.True(suspended.GetProperty("agency").GetProperty("suspended").GetBoolean());
        Assert.Equal(HttpStatusCode.Unauthorized, await ProbeAsync(hub.Server.Address, token));
        var detail = trail.GetProperty("data").GetProperty("auditTrail").GetProperty("nodes")[0].GetProperty("detail");
        Assert.Equal(1, detail.GetProperty("revoked_tokens").GetInt32());
    }

    [Fact]
    public async Task A_suspension_ends_an_open_websocket_at_its_next_operation()
    {
        var (_, token) = await ClientOfNewAgencyAsync("REVW-330700");
        var subscribe = """{"id":"{0}","type":"subscribe","payload":{"query":"{{Probe}}"}}""".Replace("{{Probe}}", Probe, StringComparison.Ordinal);
        await using var socket = await WebSocketClient.ConnectAsync(hub.Server.GraphQL, accessToken: token);
        await socket.SendAsync("""{"type":"connection_init"}""");
        Assert.Equal("connection_ack", (await socket.ReceiveSkippingPingsAsync()).GetProperty("type").GetString());
        await socket.SendAsync(subscribe.Replace("{0}", "before", StringComparison.Ordinal));
        Assert.Equal("next", (await socket.ReceiveSkippingPingsAsync()).GetProperty("type").GetString());
        Assert.Equal("complete", (await socket.ReceiveSkippingPingsAsync()).GetProperty("type").GetString());

        await hub.Http.MutateAsync(await hub.AdminTokenAsync(), "suspendAgency", "SuspendAgencyInput", new { code = "REVW-330700" }, "agency { suspended }");
        await socket.SendAsync(subscribe.Replace("{0}", "after", StringComparison.Ordinal));

        Assert.Equal(4401, await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task An_idle_websocket_closes_within_a_second_of_a_suspension_made_here_or_on_another_hub()
    {
        var (_, here) = await ClientOfNewAgencyAsync("REVI-330700");
        var (_, there) = await ClientOfNewAgencyAsync("REVJ-330700");
        var (_, bystander) = await ClientOfNewAgencyAsync("REVK-330700");
        await using var replica = await ReplicaAsync();
        using var replicaHttp = new HubHttpClient(replica.Address);
        var replicaAdmin = await replicaHttp.AccessTokenAsync(hub.AdminClientId, hub.AdminSecret, "hub:admin");
        await using var suspendedHere = await IdleSocketAsync(here);
        await using var suspendedThere = await IdleSocketAsync(there);
        await using var untouched = await IdleSocketAsync(bystander);

        await hub.Http.MutateAsync(await hub.AdminTokenAsync(), "suspendAgency", "SuspendAgencyInput", new { code = "REVI-330700" }, "agency { suspended }");
        var (codeHere, elapsedHere) = await ClosedAsync(suspendedHere);
        await replicaHttp.MutateAsync(replicaAdmin, "suspendAgency", "SuspendAgencyInput", new { code = "REVJ-330700" }, "agency { suspended }");
        var (codeThere, elapsedThere) = await ClosedAsync(suspendedThere);
        await untouched.SendAsync(ProbeSubscription("still"));

        Assert.Equal((4401, 4401), (codeHere, codeThere));
        Assert.True(elapsedHere < TimeSpan.FromSeconds(1), $"The idle socket stayed open {elapsedHere} after the suspension on its hub.");
        Assert.True(elapsedThere < TimeSpan.FromSeconds(1), $"The idle socket stayed open {elapsedThere} after the suspension on another hub.");
        Assert.Equal("next", (await untouched.ReceiveSkippingPingsAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task Revoking_a_scope_stops_the_tokens_carrying_it_and_expiring_secrets_stops_the_rest()
    {
        var (clientId, withAdmin) = await ClientOfNewAgencyAsync("REVS-330700", "hub:admin", "clues.read");
        var withoutAdmin = await TokenAsync(clientId, "clues.read");
        var admin = await hub.AdminTokenAsync();

        await hub.Http.MutateAsync(admin, "revokeScope", "RevokeScopeInput", new { clientId, scope = "hub:admin" }, "client { clientId }");
        var afterScope = (await ProbeAsync(hub.Server.Address, withAdmin), await ProbeAsync(hub.Server.Address, withoutAdmin));
        await hub.Http.MutateAsync(admin, "expireClientSecrets", "ExpireClientSecretsInput", new { clientId }, "client { clientId }");
        var afterSecrets = await ProbeAsync(hub.Server.Address, withoutAdmin);

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.OK), afterScope);
        Assert.Equal(HttpStatusCode.Unauthorized, afterSecrets);
    }

    [Fact]
    public async Task RevokeClientTokens_on_another_hub_of_the_same_database_stops_the_token_here_within_a_second()
    {
        var (clientId, token) = await ClientOfNewAgencyAsync("REVR-330700");
        await using var replica = await ReplicaAsync();
        using var replicaHttp = new HubHttpClient(replica.Address);
        Assert.Equal(HttpStatusCode.OK, await ProbeAsync(hub.Server.Address, token));

        var revoked = await replicaHttp.MutateAsync(
            await replicaHttp.AccessTokenAsync(hub.AdminClientId, hub.AdminSecret, "hub:admin"),
            "revokeClientTokens", "RevokeClientTokensInput", new { clientId }, "revokedTokens client { clientId }");
        var clock = Stopwatch.StartNew();
        var status = await ProbeAsync(hub.Server.Address, token);
        while (status == HttpStatusCode.OK && clock.Elapsed < TimeSpan.FromSeconds(3))
        {
            await Task.Delay(50);
            status = await ProbeAsync(hub.Server.Address, token);
        }

        Assert.Equal(1, revoked.GetProperty("revokedTokens").GetInt32());
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"The token kept working for {clock.Elapsed} after its revocation elsewhere.");
    }

    [Fact]
    public async Task Disabling_a_client_on_another_hub_stops_its_token_here_within_a_second_and_its_token_requests_until_enabled()
    {
        var (clientId, token) = await ClientOfNewAgencyAsync("REVD-330700");
        var (_, bystander) = await ClientOfNewAgencyAsync("REVB-330700");
        await using var replica = await ReplicaAsync();
        using var replicaHttp = new HubHttpClient(replica.Address);
        var replicaAdmin = await replicaHttp.AccessTokenAsync(hub.AdminClientId, hub.AdminSecret, "hub:admin");
        Assert.Equal(HttpStatusCode.OK, await ProbeAsync(hub.Server.Address, token));

        var disabled = await replicaHttp.MutateAsync(replicaAdmin, "disableClient", "DisableClientInput", new { clientId }, "revokedTokens client { disabled }");
        var clock = Stopwatch.StartNew();
        var status = await ProbeAsync(hub.Server.Address, token);
        while (status == HttpStatusCode.OK && clock.Elapsed < TimeSpan.FromSeconds(3))
        {
            await Task.Delay(50);
            status = await ProbeAsync(hub.Server.Address, token);
        }

        var elapsed = clock.Elapsed;
        var refused = await hub.Http.RequestTokenAsync(clientId, _secrets[clientId], "hub:admin");
        var trail = await hub.Http.GraphQLAsync(
            $$"""{ auditTrail(subject: "{{clientId}}", action: "client.disabled") { nodes { actor detail } } }""", accessToken: await hub.AdminTokenAsync());
        var enabled = await hub.Http.MutateAsync(await hub.AdminTokenAsync(), "enableClient", "EnableClientInput", new { clientId }, "client { disabled }");
        var again = await hub.Http.RequestTokenAsync(clientId, _secrets[clientId], "hub:admin");

        Assert.Equal((1, true), (disabled.GetProperty("revokedTokens").GetInt32(), disabled.GetProperty("client").GetProperty("disabled").GetBoolean()));
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.True(elapsed < TimeSpan.FromSeconds(1), $"The token kept working for {elapsed} after the client was disabled elsewhere.");
        Assert.Equal(HttpStatusCode.OK, await ProbeAsync(hub.Server.Address, bystander));
        Assert.Equal((HttpStatusCode.Unauthorized, "invalid_client"), (refused.Status, refused.Body.GetProperty("error").GetString()));
        var record = Assert.Single(trail.GetProperty("data").GetProperty("auditTrail").GetProperty("nodes").EnumerateArray());
        Assert.Equal((hub.AdminClientId, 1), (record.GetProperty("actor").GetString(), record.GetProperty("detail").GetProperty("revoked_tokens").GetInt32()));
        Assert.False(enabled.GetProperty("client").GetProperty("disabled").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, again.Status);
    }

    private static string ProbeSubscription(string id) =>
        $$$"""{"id":"{{{id}}}","type":"subscribe","payload":{"query":"{{{Probe}}}"}}""";

    /// <summary>A connection that ran one operation to its end and now sends nothing.</summary>
    private async Task<WebSocketClient> IdleSocketAsync(string token)
    {
        var socket = await WebSocketClient.ConnectAsync(hub.Server.GraphQL, accessToken: token);
        await socket.SendAsync("""{"type":"connection_init"}""");
        Assert.Equal("connection_ack", (await socket.ReceiveSkippingPingsAsync()).GetProperty("type").GetString());
        await socket.SendAsync(ProbeSubscription("first"));
        Assert.Equal("next", (await socket.ReceiveSkippingPingsAsync()).GetProperty("type").GetString());
        Assert.Equal("complete", (await socket.ReceiveSkippingPingsAsync()).GetProperty("type").GetString());
        return socket;
    }

    /// <summary>The close code the server sent, and how long after the call it arrived.</summary>
    private static async Task<(int Code, TimeSpan Elapsed)> ClosedAsync(WebSocketClient socket)
    {
        var clock = Stopwatch.StartNew();
        var code = await socket.ReceiveCloseAsync();
        return (code, clock.Elapsed);
    }

    private Task<HubKestrelServer> ReplicaAsync()
    {
        var configuration = hub.Server.Services.GetRequiredService<IConfiguration>();
        return HubKestrelServer.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Hub:Database:Provider"] = "PostgreSql",
            ["Hub:Database:ConnectionString"] = configuration["Hub:Database:ConnectionString"],
            ["Identity:KeyEncryptionKey"] = configuration["Identity:KeyEncryptionKey"],
        });
    }

    private async Task<(string ClientId, string Token)> ClientOfNewAgencyAsync(string agencyCode, params string[] scopes)
    {
        var admin = await hub.AdminTokenAsync();
        await hub.Http.MutateAsync(admin, "createAgency", "CreateAgencyInput",
            new { code = agencyCode, name = $"{agencyCode} bureau", kind = "court", regionCode = "330700" }, "agency { code }");
        var client = await hub.Http.MutateAsync(admin, "registerClient", "RegisterClientInput",
            new { agencyCode, scopes = scopes.Length > 0 ? scopes : ["hub:admin"] }, "clientId clientSecret");
        var clientId = client.GetProperty("clientId").GetString()!;
        _secrets[clientId] = client.GetProperty("clientSecret").GetString()!;
        return (clientId, await TokenAsync(clientId, "hub:admin"));
    }

    private Task<string> TokenAsync(string clientId, string scope) => hub.Http.AccessTokenAsync(clientId, _secrets[clientId], scope);

    private static async Task<HttpStatusCode> ProbeAsync(Uri server, string token)
    {
        using var http = new HttpClient { BaseAddress = server };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent($$"""{"query":"{{Probe}}"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }
}
