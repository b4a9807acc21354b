using Hub.Identity.Administration;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Server.Tests.Administration;

/// <summary>The embedded default (SQLite) serves the same administration: ordering and paging by instants included.</summary>
public sealed class EmbeddedAdministrationTests
{
    [Fact]
    public async Task An_admin_registers_a_client_and_lists_clients_tokens_and_the_audit_trail_on_sqlite()
    {
        using var factory = new HubServerFactory();
        using var http = new HubHttpClient(factory.CreateClient());
        var bootstrap = await factory.Services.GetRequiredService<IdentityAdministration>()
            .CreateClientAsync(AdminHubFixture.OperatorAgency, "Embedded admin", ["hub:admin"], "bootstrap");
        var admin = await http.AccessTokenAsync(bootstrap.ClientId, bootstrap.ClientSecret!, "hub:admin");

        var registered = await http.MutateAsync(admin, "registerClient", "RegisterClientInput",
            new { agencyCode = "PSB-430281", scopes = new[] { "clues.read" } }, "clientId clientSecret");
        var clientId = registered.GetProperty("clientId").GetString()!;
        await http.AccessTokenAsync(clientId, registered.GetProperty("clientSecret").GetString()!, "clues.read");
        await http.AccessTokenAsync(clientId, registered.GetProperty("clientSecret").GetString()!, "clues.read");
        var body = await http.GraphQLAsync("""
            query($clientId: String!) {
              clients(agencyCode: "PSB-430281") { totalCount nodes { clientId scopes } }
              issuedTokens(clientId: $clientId, first: 1) { totalCount pageInfo { hasNextPage } nodes { issuedAt } }
              changes: auditTrail(subject: $clientId) { nodes { action actor } }
              issued: auditTrail(actor: $clientId, action: "token.issued") { totalCount }
            }
            """, new { clientId }, admin);

        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
        var data = body.GetProperty("data");
        var client = Assert.Single(data.GetProperty("clients").GetProperty("nodes").EnumerateArray());
        Assert.Equal(clientId, client.GetProperty("clientId").GetString());
        Assert.Equal(2, data.GetProperty("issuedTokens").GetProperty("totalCount").GetInt32());
        Assert.True(data.GetProperty("issuedTokens").GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        var change = Assert.Single(data.GetProperty("changes").GetProperty("nodes").EnumerateArray());
        Assert.Equal(("client.created", bootstrap.ClientId), (change.GetProperty("action").GetString(), change.GetProperty("actor").GetString()));
        Assert.Equal(2, data.GetProperty("issued").GetProperty("totalCount").GetInt32());
    }
}
