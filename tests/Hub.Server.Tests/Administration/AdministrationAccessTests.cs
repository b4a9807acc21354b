using System.Text.Json;

namespace Hub.Server.Tests.Administration;

/// <summary>
/// Only hub:admin reaches the administration (policies/scopes.yaml): without a token a field is null with
/// AUTH_NOT_AUTHENTICATED, with a token lacking the scope null with AUTH_NOT_AUTHORIZED; the directory stays public,
/// and a refused change changes nothing.
/// </summary>
[Collection(AdministrationCollection.Name)]
public sealed class AdministrationAccessTests(AdminHubFixture hub)
{
    private const string Listings = "{ clients { totalCount } scopes { name } issuedTokens { totalCount } auditTrail { totalCount } agencies { code } }";

    [Fact]
    public async Task Without_a_token_the_admin_listings_are_null_with_AUTH_NOT_AUTHENTICATED_and_the_directory_answers()
    {
        var body = await hub.Http.GraphQLAsync(Listings);

        AssertDeniedListings(body, "AUTH_NOT_AUTHENTICATED");
    }

    [Fact]
    public async Task A_token_without_hub_admin_gets_null_listings_with_AUTH_NOT_AUTHORIZED()
    {
        var agencyToken = await AgencyTokenAsync();

        var body = await hub.Http.GraphQLAsync(Listings, accessToken: agencyToken);

        AssertDeniedListings(body, "AUTH_NOT_AUTHORIZED");
    }

    [Theory]
    [InlineData(false, "AUTH_NOT_AUTHENTICATED")]
    [InlineData(true, "AUTH_NOT_AUTHORIZED")]
    public async Task A_change_without_hub_admin_is_refused_and_changes_nothing(bool withAgencyToken, string code)
    {
        var agencyCode = withAgencyToken ? "DENY-AGENCY" : "DENY-ANON";
        var token = withAgencyToken ? await AgencyTokenAsync() : null;

        var body = await hub.Http.GraphQLAsync(
            "mutation($input: CreateAgencyInput!) { createAgency(input: $input) { agency { code } } }",
            new { input = new { code = agencyCode, name = "Not allowed", kind = "court", regionCode = "330700" } }, token);

        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        Assert.Equal(code, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(["createAgency"], error.GetProperty("path").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").ValueKind);
        var directory = await hub.Http.GraphQLAsync("query($code: String!) { agency(code: $code) { code } }", new { code = agencyCode });
        Assert.Equal(JsonValueKind.Null, directory.GetProperty("data").GetProperty("agency").ValueKind);
        var trail = await hub.Http.GraphQLAsync("query($code: String!) { auditTrail(subject: $code) { totalCount } }", new { code = agencyCode }, await hub.AdminTokenAsync());
        Assert.Equal(0, trail.GetProperty("data").GetProperty("auditTrail").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task An_auditor_with_audit_read_reads_the_audit_trail_but_not_the_clients()
    {
        var auditor = await hub.Http.MutateAsync(await hub.AdminTokenAsync(), "registerClient", "RegisterClientInput",
            new { agencyCode = AdminHubFixture.OperatorAgency, scopes = new[] { "audit.read" } }, "clientId clientSecret");
        var token = await hub.Http.AccessTokenAsync(auditor.GetProperty("clientId").GetString()!, auditor.GetProperty("clientSecret").GetString()!, "audit.read");

        var body = await hub.Http.GraphQLAsync("{ auditTrail(action: \"client.created\", first: 1) { nodes { action actor } } clients { totalCount } }", accessToken: token);

        var entry = Assert.Single(body.GetProperty("data").GetProperty("auditTrail").GetProperty("nodes").EnumerateArray());
        Assert.Equal("client.created", entry.GetProperty("action").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").GetProperty("clients").ValueKind);
        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        Assert.Equal("AUTH_NOT_AUTHORIZED", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    private static void AssertDeniedListings(JsonElement body, string code)
    {
        var data = body.GetProperty("data");
        foreach (var field in new[] { "clients", "scopes", "issuedTokens", "auditTrail" })
        {
            Assert.Equal(JsonValueKind.Null, data.GetProperty(field).ValueKind);
        }

        Assert.NotEmpty(data.GetProperty("agencies").EnumerateArray());
        var errors = body.GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal(["auditTrail", "clients", "issuedTokens", "scopes"], errors.Select(e => e.GetProperty("path")[0].GetString()).Order(StringComparer.Ordinal));
        Assert.All(errors, e =>
        {
            Assert.Equal(code, e.GetProperty("extensions").GetProperty("code").GetString());
            Assert.Equal("The current user is not authorized to access this resource.", e.GetProperty("message").GetString());
        });
    }

    /// <summary>A token of an ordinary agency client (clues.read, no hub:admin).</summary>
    private async Task<string> AgencyTokenAsync()
    {
        var client = await hub.Http.MutateAsync(await hub.AdminTokenAsync(), "registerClient", "RegisterClientInput",
            new { agencyCode = "JUSTICE-430281", scopes = new[] { "clues.read" } }, "clientId clientSecret");
        return await hub.Http.AccessTokenAsync(client.GetProperty("clientId").GetString()!, client.GetProperty("clientSecret").GetString()!, "clues.read");
    }
}
