using System.Text;
using System.Text.Json;
using Hub.Data.Hosting;
using Hub.Data.Model.Enforcement;
using Hub.Identity.Administration;
using Hub.Identity.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Hub.Server.Tests.SharedData.CaseLakeAndReferenceDataFixture;

namespace Hub.Server.Tests.SharedData;

/// <summary>
/// Relay's global object identification over HTTP with real tokens: ids as HotChocolate encodes them, and node/nodes
/// reading an object exactly as its own list does (scope, sealed rows, masking, reveal with a reason, audit).
/// </summary>
public sealed class GlobalObjectTests(CaseLakeAndReferenceDataFixture fixture) : IClassFixture<CaseLakeAndReferenceDataFixture>
{
    [Fact]
    public async Task A_row_id_is_base64_of_its_type_name_and_surrogate_key_and_node_reads_it_masked()
    {
        var id = await IdAsync("K-2");
        var data = await DataAsync(fixture.ReadToken, "{ custodyRecords(first: 1) { nodes { id } } }");
        Assert.Equal(id, S(data.GetProperty("custodyRecords").GetProperty("nodes")[0], "id"));

        var node = (await DataAsync(fixture.ReadToken, $$"""
            { node(id: "{{id}}") { __typename id ... on CustodyRecord { sourceRecordId inReason personIdNumber } } }
            """)).GetProperty("node");

        Assert.Equal(("CustodyRecord", id, "K-2", "ADMINISTRATIVE_DETENTION", Mask(Detainee)),
            (S(node, "__typename"), S(node, "id"), S(node, "sourceRecordId"), S(node, "inReason"), S(node, "personIdNumber")));
    }

    [Fact]
    public async Task A_reveal_scope_with_a_reason_shows_the_row_in_full_and_the_read_is_audited_with_it()
    {
        var id = await IdAsync("K-2");
        var reason = $"0f8fad5b-d9cb-469f-a165-70867728950e verify identity {Guid.NewGuid():N}";
        var node = (await DataAsync(fixture.RevealToken, $$"""
            { node(id: "{{id}}", reason: "{{reason}}") { ... on CustodyRecord { personIdNumber } } }
            """)).GetProperty("node");

        Assert.Equal(Detainee, S(node, "personIdNumber"));
        var audit = await fixture.Server.Services.GetRequiredService<IdentityAdministration>().ListAuditAsync(200);
        var entry = Assert.Single(audit, a => a.Detail.Contains(reason, StringComparison.Ordinal));
        Assert.Equal((AuditActions.DataRevealed, "Query.node"), (entry.Action, entry.Subject));
        Assert.Equal(["PSB/K-2"], JsonDocument.Parse(entry.Detail).RootElement.GetProperty("records").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task Node_refuses_a_caller_without_the_scope_of_the_types_own_list_and_finds_no_sealed_row()
    {
        var id = await IdAsync("K-2");
        var token = await fixture.Server.TokenAsync("registries.read");
        var refused = await fixture.Server.QueryAsync(token, $$"""{ node(id: "{{id}}") { id } }""");
        Assert.Equal(JsonValueKind.Null, refused.GetProperty("data").GetProperty("node").ValueKind);
        Assert.Equal([("AUTH_NOT_AUTHORIZED", "node")], Errors(refused));

        var anonymous = await fixture.Server.QueryAsync(null, $$"""{ node(id: "{{id}}") { id } }""");
        Assert.Equal([("AUTH_NOT_AUTHENTICATED", "node")], Errors(anonymous));

        var sealedRow = await fixture.Server.QueryAsync(fixture.RevealToken, $$"""{ node(id: "{{await IdAsync("K-3")}}") { id } }""");
        Assert.False(sealedRow.TryGetProperty("errors", out _), sealedRow.ToString());
        Assert.Equal(JsonValueKind.Null, sealedRow.GetProperty("data").GetProperty("node").ValueKind);
    }

    [Fact]
    public async Task Nodes_answers_in_order_with_null_and_an_error_for_each_id_it_cannot_read()
    {
        var custody = await IdAsync("K-2");
        var organization = Base64($"Organization:{Company}");
        var hotline = Base64($"HotlineTicket:{await IdAsync<Hub.Data.Model.Lake.HotlineTicket>("T-1")}");
        var token = await fixture.Server.TokenAsync("enforcement.read", "organizations.read");
        var result = await fixture.Server.QueryAsync(token, $$"""
            { nodes(ids: ["{{custody}}", "{{organization}}", "bm90LWFuLWlk", "{{hotline}}"]) {
                __typename ... on CustodyRecord { sourceRecordId } ... on Organization { uscc legalRepresentativeIdNumber } } }
            """);

        var nodes = result.GetProperty("data").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(4, nodes.Count);
        Assert.Equal(("CustodyRecord", "K-2"), (S(nodes[0], "__typename"), S(nodes[0], "sourceRecordId")));
        Assert.Equal(("Organization", Company, Mask(SharedDataRows.OtherPersonId)),
            (S(nodes[1], "__typename"), S(nodes[1], "uscc"), S(nodes[1], "legalRepresentativeIdNumber")));
        Assert.Equal((JsonValueKind.Null, JsonValueKind.Null), (nodes[2].ValueKind, nodes[3].ValueKind));
        Assert.Equal([("AUTH_NOT_AUTHORIZED", "nodes"), ("HUB_INVALID_NODE_ID", "nodes")], Errors(result));
    }

    [Fact]
    public async Task More_than_ten_ids_are_refused_with_hotchocolates_code()
    {
        var ids = string.Join(", ", Enumerable.Repeat($"\"{await IdAsync("K-2")}\"", 11));
        var result = await fixture.Server.QueryAsync(fixture.ReadToken, $"{{ nodes(ids: [{ids}]) {{ id }} }}");

        Assert.Equal([("HC0076", "nodes")], Errors(result));
    }

    private Task<string> IdAsync(string sourceRecordId) =>
        IdAsync<CustodyRecord>(sourceRecordId).ContinueWith(t => Base64($"CustodyRecord:{t.Result}"), TaskScheduler.Default);

    private async Task<long> IdAsync<T>(string sourceRecordId)
        where T : Hub.Data.Model.SharedRecord
    {
        await using var db = fixture.Server.Services.GetRequiredService<HubDatabase>().CreateContext();
        return await db.Set<T>().Where(r => r.SourceRecordId == sourceRecordId).Select(r => r.Id).SingleAsync();
    }

    private async Task<JsonElement> DataAsync(string token, string query)
    {
        var result = await fixture.Server.QueryAsync(token, query);
        Assert.False(result.TryGetProperty("errors", out _), result.ToString());
        return result.GetProperty("data");
    }

    private static IEnumerable<(string Code, string Field)> Errors(JsonElement result) =>
        result.GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("extensions").GetProperty("code").GetString()!, e.GetProperty("path")[0].GetString()!)).Order();

    private static string Base64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    private static string Mask(string idNumber) => idNumber[..6] + "********" + idNumber[14..];

    private static string? S(JsonElement element, string property) => element.GetProperty(property).GetString();
}
