using System.Text.Json;
using Hub.Identity.Policies;
using Hub.Testing;

namespace Hub.Server.Tests.Administration;

/// <summary>The admin listings page like HotChocolate's <c>[UsePaging]</c>: first/after with index cursors, at most 50.</summary>
[Collection(AdministrationCollection.Name)]
public sealed class AdministrationPagingTests(AdminHubFixture hub)
{
    [Fact]
    public async Task Clients_page_forward_with_cursors_until_the_last_page()
    {
        var admin = await hub.AdminTokenAsync();
        foreach (var name in new[] { "one", "two", "three" })
        {
            await hub.Http.GraphQLAsync("mutation($input: RegisterClientInput!) { registerClient(input: $input) { clientId } }",
                new { input = new { agencyCode = "ECO-430281", displayName = name, scopes = new[] { "clues.read" } } }, admin);
        }

        var seen = new List<string>();
        string? after = null;
        JsonElement page;
        do
        {
            var body = await hub.Http.GraphQLAsync("""
                query Page($after: String) {
                  clients(agencyCode: "ECO-430281", first: 2, after: $after) {
                    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { clientId } }
                  }
                }
                """, new { after }, admin);
            page = body.GetProperty("data").GetProperty("clients");
            Assert.Equal(after is not null, page.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
            seen.AddRange(page.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("clientId").GetString()!));
            after = page.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }
        while (page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());

        Assert.Equal(page.GetProperty("totalCount").GetInt32(), seen.Count);
        Assert.True(seen.Count >= 3);
        Assert.Equal(seen.Order(StringComparer.Ordinal), seen);
        Assert.Equal(seen.Count, seen.Distinct().Count());
    }

    [Fact]
    public async Task More_than_fifty_per_page_and_a_foreign_cursor_are_HotChocolate_paging_errors()
    {
        var admin = await hub.AdminTokenAsync();

        var tooMany = await hub.Http.GraphQLAsync("{ auditTrail(first: 51) { totalCount } }", accessToken: admin);
        var badCursor = await hub.Http.GraphQLAsync("""{ issuedTokens(after: "not-a-cursor") { totalCount } }""", accessToken: admin);

        var maxError = tooMany.GetProperty("errors")[0];
        Assert.Equal("The maximum allowed items per page were exceeded.", maxError.GetProperty("message").GetString());
        Assert.Equal("HC0051", maxError.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(51, maxError.GetProperty("extensions").GetProperty("requestedItems").GetInt32());
        Assert.Equal(50, maxError.GetProperty("extensions").GetProperty("maxAllowedItems").GetInt32());
        Assert.Equal(JsonValueKind.Null, tooMany.GetProperty("data").GetProperty("auditTrail").ValueKind);
        var cursorError = badCursor.GetProperty("errors")[0];
        Assert.Equal("The cursor specified in `after` has an invalid format.", cursorError.GetProperty("message").GetString());
        Assert.Equal("HC0078", cursorError.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(["issuedTokens"], cursorError.GetProperty("path").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public async Task Scopes_lists_the_catalogue_by_name_with_the_fields_each_opens()
    {
        var body = await hub.Http.GraphQLAsync("{ scopes { name description fields } }", accessToken: await hub.AdminTokenAsync());

        var names = body.GetProperty("data").GetProperty("scopes").EnumerateArray().Select(s => s.GetProperty("name").GetString()!).ToList();
        var catalogue = (await PolicyLoader.LoadAsync(Path.Combine(Repository.Root, "policies"))).Scopes.Select(s => s.Name);
        Assert.Equal(catalogue.Order(StringComparer.Ordinal), names);
        var admin = body.GetProperty("data").GetProperty("scopes").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "hub:admin");
        var opened = admin.GetProperty("fields").EnumerateArray().Select(f => f.GetString()!).ToList();
        Assert.Equal(opened.Order(StringComparer.Ordinal), opened);
        Assert.Contains("Query.clients", opened);
        Assert.Contains("Mutation.createAgency", opened);
        Assert.Contains("ClientSecret.expiresAt", opened);
        Assert.DoesNotContain("Query.agencies", opened);
    }
}
