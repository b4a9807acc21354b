namespace Hub.Server.Tests.Administration;

/// <summary>The admin listings take HotChocolate's <c>where</c> and <c>order</c> like the shared-data lists.</summary>
[Collection(AdministrationCollection.Name)]
public sealed class AdministrationFilterTests(AdminHubFixture hub)
{
    [Fact]
    public async Task Clients_filter_by_display_name_and_sort_descending()
    {
        var admin = await hub.AdminTokenAsync();
        foreach (var name in new[] { "filter-b", "filter-a", "filter-c", "other-filter" })
        {
            await hub.Http.GraphQLAsync("mutation($input: RegisterClientInput!) { registerClient(input: $input) { clientId } }",
                new { input = new { agencyCode = "ECO-430281", displayName = name, scopes = new[] { "clues.read" } } }, admin);
        }

        var body = await hub.Http.GraphQLAsync(
            """{ clients(where: { displayName: { startsWith: "filter-" } }, order: [{ displayName: DESC }]) { totalCount nodes { displayName } } }""",
            accessToken: admin);

        var page = body.GetProperty("data").GetProperty("clients");
        Assert.Equal(3, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(["filter-c", "filter-b", "filter-a"], page.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("displayName").GetString()));
    }

    [Fact]
    public async Task Clients_filter_and_sort_through_their_agency_and_filter_by_their_secrets()
    {
        var admin = await hub.AdminTokenAsync();
        foreach (var (agency, name) in new[] { ("ECO-430281", "nested-b"), ("PSB-430281", "nested-a"), ("ECO-430281", "nested-a"), ("COURT-430281", "nested-c") })
        {
            await hub.Http.GraphQLAsync("mutation($input: RegisterClientInput!) { registerClient(input: $input) { clientId } }",
                new { input = new { agencyCode = agency, displayName = name, scopes = new[] { "clues.read" } } }, admin);
        }

        // agency is the client's navigation (a join), secrets its list of secrets (EXISTS), as HotChocolate's inputs.
        var body = await hub.Http.GraphQLAsync(
            """
            {
              clients(
                where: { displayName: { startsWith: "nested-" }, agency: { code: { in: ["ECO-430281", "PSB-430281"] } }, secrets: { any: true, none: { expiresAt: { lt: "2000-01-01T00:00:00Z" } } } }
                order: [{ agency: { code: DESC } }, { displayName: ASC }]
              ) { totalCount nodes { displayName agency { code } } }
            }
            """,
            accessToken: admin);

        Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
        var page = body.GetProperty("data").GetProperty("clients");
        Assert.Equal(3, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(["PSB-430281/nested-a", "ECO-430281/nested-a", "ECO-430281/nested-b"],
            page.GetProperty("nodes").EnumerateArray().Select(n => $"{n.GetProperty("agency").GetProperty("code").GetString()}/{n.GetProperty("displayName").GetString()}"));
    }

    [Fact]
    public async Task The_audit_trail_filters_by_actor_and_sorts_oldest_first()
    {
        var admin = await hub.AdminTokenAsync();

        var body = await hub.Http.GraphQLAsync(
            $$"""{ auditTrail(where: { actor: { eq: "{{hub.AdminClientId}}" }, action: { neq: "nothing" } }, order: [{ occurredAt: ASC }], first: 50) { totalCount nodes { actor occurredAt } } }""",
            accessToken: admin);

        var page = body.GetProperty("data").GetProperty("auditTrail");
        var nodes = page.GetProperty("nodes").EnumerateArray().ToList();
        Assert.NotEmpty(nodes);
        Assert.All(nodes, n => Assert.Equal(hub.AdminClientId, n.GetProperty("actor").GetString()));
        var times = nodes.Select(n => DateTimeOffset.Parse(n.GetProperty("occurredAt").GetString()!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(times.Order(), times);
    }
}
