using System.Net;

namespace Hub.Server.Tests.Administration;

/// <summary>Updating, suspending and reinstating an agency over GraphQL, seen by the directory and the token endpoint.</summary>
[Collection(AdministrationCollection.Name)]
public sealed class AgencyLifecycleTests(AdminHubFixture hub)
{
    [Fact]
    public async Task A_suspended_agency_gets_no_tokens_until_it_is_reinstated()
    {
        var admin = await hub.AdminTokenAsync();
        await hub.Http.MutateAsync(admin, "createAgency", "CreateAgencyInput",
            new { code = "SUSP-330700", name = "Suspension bureau", kind = "court", regionCode = "330700" }, "agency { code }");
        var client = await hub.Http.MutateAsync(admin, "registerClient", "RegisterClientInput",
            new { agencyCode = "SUSP-330700", scopes = new[] { "clues.read" } }, "clientId clientSecret");
        var (clientId, secret) = (client.GetProperty("clientId").GetString()!, client.GetProperty("clientSecret").GetString()!);

        var suspended = await hub.Http.MutateAsync(admin, "suspendAgency", "SuspendAgencyInput", new { code = "SUSP-330700" }, "agency { suspended }");
        var refused = await hub.Http.RequestTokenAsync(clientId, secret, "clues.read");
        var directory = await hub.Http.GraphQLAsync("""{ agency(code: "SUSP-330700") { suspended } }""");
        var reinstated = await hub.Http.MutateAsync(admin, "reinstateAgency", "ReinstateAgencyInput", new { code = "SUSP-330700" }, "agency { suspended }");
        var accepted = await hub.Http.RequestTokenAsync(clientId, secret, "clues.read");

        Assert.True(suspended.GetProperty("agency").GetProperty("suspended").GetBoolean());
        Assert.Equal(HttpStatusCode.Unauthorized, refused.Status);
        Assert.Equal("invalid_client", refused.Body.GetProperty("error").GetString());
        Assert.True(directory.GetProperty("data").GetProperty("agency").GetProperty("suspended").GetBoolean());
        Assert.False(reinstated.GetProperty("agency").GetProperty("suspended").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, accepted.Status);
    }

    [Fact]
    public async Task Update_changes_only_the_given_fields_and_is_audited_with_the_admin_as_actor()
    {
        var admin = await hub.AdminTokenAsync();
        await hub.Http.MutateAsync(admin, "createAgency", "CreateAgencyInput",
            new { code = "UPD-330700", name = "Before", kind = "tax", regionCode = "330700" }, "agency { code }");

        var updated = await hub.Http.MutateAsync(admin, "updateAgency", "UpdateAgencyInput",
            new { code = "UPD-330700", name = "After", regionCode = "430281" }, "agency { code name kind regionCode }");
        var trail = await hub.Http.GraphQLAsync("""{ auditTrail(subject: "UPD-330700") { nodes { action actor detail } } }""", accessToken: admin);

        var agency = updated.GetProperty("agency");
        Assert.Equal(("After", "tax", "430281"), (agency.GetProperty("name").GetString(), agency.GetProperty("kind").GetString(), agency.GetProperty("regionCode").GetString()));
        var entries = trail.GetProperty("data").GetProperty("auditTrail").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(["agency.updated", "agency.created"], entries.Select(e => e.GetProperty("action").GetString()));
        Assert.All(entries, e => Assert.Equal(hub.AdminClientId, e.GetProperty("actor").GetString()));
        Assert.Equal("After", entries[0].GetProperty("detail").GetProperty("name").GetString());
    }
}
