using System.Text.Json;

namespace Hub.Server.Tests.SharedData;

/// <summary>
/// <c>where</c> and <c>order</c> on the shared-data lists over HTTP with real tokens against PostgreSQL: results, the
/// deprecated fixed arguments, and masking inside filters (exact matches only on a masked field, no sorting by it).
/// </summary>
public sealed class SharedDataFilterTests(SharedDataFixture fixture) : IClassFixture<SharedDataFixture>
{
    private static readonly string Person = SharedDataRows.PersonId;

    [Fact]
    public async Task Where_and_order_select_and_sort_the_rows()
    {
        var result = await fixture.Server.QueryAsync(fixture.ReadToken,
            """
            {
              administrativePenalties(
                where: { violationType: { eq: "盗窃" }, decisionDate: { gte: "2024-01-20", lt: "2024-01-24" } }
                order: [{ decisionDate: ASC }]
              ) { totalCount nodes { decisionNo decisionDate } }
            }
            """);

        var page = Data(result).GetProperty("administrativePenalties");
        Assert.Equal(4, page.GetProperty("totalCount").GetInt32());
        Assert.Equal([SharedDataRows.PenaltyNo(20), SharedDataRows.PenaltyNo(21), SharedDataRows.PenaltyNo(22), SharedDataRows.PenaltyNo(23)],
            page.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("decisionNo").GetString()));
    }

    [Fact]
    public async Task Or_branches_and_a_descending_key_with_ties_keep_a_stable_order()
    {
        var result = await fixture.Server.QueryAsync(fixture.ReadToken,
            """
            {
              administrativePenalties(
                where: { or: [{ sourceAgency: { eq: "ECO" } }, { decisionNo: { endsWith: "MINOR号" } }] }
                order: [{ fineAmount: DESC }, { decisionDate: ASC }]
              ) { totalCount nodes { sourceRecordId fineAmount } }
            }
            """);

        var nodes = Data(result).GetProperty("administrativePenalties").GetProperty("nodes");
        // PostgreSQL sorts nulls last when ascending, so first when descending.
        Assert.Equal(["P-MINOR", "E1", "E2", "E3"], nodes.EnumerateArray().Select(n => n.GetProperty("sourceRecordId").GetString()));
    }

    [Fact]
    public async Task A_masked_identity_number_can_be_matched_exactly_by_eq_and_in()
    {
        var result = await fixture.Server.QueryAsync(fixture.ReadToken,
            $$"""
            {
              eq: administrativePenalties(where: { personIdNumber: { eq: "{{Person}}" } }) { totalCount }
              in: criminalJudgments(where: { defendantIdNumber: { in: ["{{Person}}", "{{SharedDataRows.MinorId}}"] } }) { totalCount nodes { defendantIdNumber } }
            }
            """);

        var data = Data(result);
        Assert.Equal(SharedDataRows.PersonPenalties, data.GetProperty("eq").GetProperty("totalCount").GetInt32());
        Assert.Equal(1, data.GetProperty("in").GetProperty("totalCount").GetInt32());
        Assert.Equal(Person[..6] + "********" + Person[14..], data.GetProperty("in").GetProperty("nodes")[0].GetProperty("defendantIdNumber").GetString());
    }

    [Theory]
    [InlineData("personIdNumber: { startsWith: \"430281\" }", "startsWith", "where.personIdNumber.startsWith", "personIdNumber")]
    [InlineData("personIdNumber: { contains: \"1985\" }", "contains", "where.personIdNumber.contains", "personIdNumber")]
    [InlineData("or: [{ personName: { endsWith: \"明\" } }]", "endsWith", "where.or[0].personName.endsWith", "personName")]
    [InlineData("personIdNumber: { nin: [\"x\"] }", "nin", "where.personIdNumber.nin", "personIdNumber")]
    [InlineData("factsText: { contains: \"身份证号\" }", "contains", "where.factsText.contains", "factsText")]
    public async Task Partial_matches_on_a_masked_field_are_refused_naming_the_field(string filter, string operation, string path, string field)
    {
        var result = await fixture.Server.QueryAsync(fixture.ReadToken, $"{{ administrativePenalties(where: {{ {filter} }}) {{ totalCount }} }}");

        var error = Assert.Single(result.GetProperty("errors").EnumerateArray());
        Assert.Equal(
            $"Cannot filter \"AdministrativePenalty.{field}\" with `{operation}` ({path}): the field is masked for this caller, so only `eq` or `in` with the full value is allowed. Revealing it takes a scope that grants it unmasked and a reason.",
            error.GetProperty("message").GetString());
        Assert.Equal("HUB_MASKED_FIELD_FILTER", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal($"AdministrativePenalty.{field}", error.GetProperty("extensions").GetProperty("field").GetString());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("data").GetProperty("administrativePenalties").ValueKind);
    }

    [Fact]
    public async Task Sorting_by_a_masked_field_is_refused()
    {
        var result = await fixture.Server.QueryAsync(fixture.ReadToken, "{ criminalJudgments(order: [{ judgmentDate: DESC }, { defendantName: ASC }]) { totalCount } }");

        var error = Assert.Single(result.GetProperty("errors").EnumerateArray());
        Assert.Equal(
            "Cannot sort by \"CriminalJudgment.defendantName\" (order[1].defendantName): the field is masked for this caller, and its order would reveal it. Revealing it takes a scope that grants it unmasked and a reason.",
            error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_reveal_scope_with_a_reason_may_filter_and_sort_by_the_field_and_without_a_reason_may_not()
    {
        const string query = "administrativePenalties(where: { personIdNumber: { startsWith: \"4302812012\" } }, order: [{ personName: ASC }]";

        var revealed = await fixture.Server.QueryAsync(fixture.RevealToken, $"{{ {query}, reason: \"醴检刑不诉〔2023〕12号 核实当事人身份\") {{ totalCount nodes {{ personIdNumber }} }} }}");
        var withoutReason = await fixture.Server.QueryAsync(fixture.RevealToken, $"{{ {query}) {{ totalCount }} }}");

        var page = Data(revealed).GetProperty("administrativePenalties");
        Assert.Equal(1, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(SharedDataRows.MinorId, page.GetProperty("nodes")[0].GetProperty("personIdNumber").GetString());
        Assert.Equal("HUB_MASKED_FIELD_FILTER", Assert.Single(withoutReason.GetProperty("errors").EnumerateArray()).GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task The_deprecated_fixed_arguments_still_filter_and_combine_with_where()
    {
        var result = await fixture.Server.QueryAsync(fixture.ReadToken,
            $$"""{ administrativePenalties(personIdNumber: "{{Person}}", from: "2024-01-10", where: { decisionDate: { lte: "2024-01-12" } }) { totalCount } }""");
        var schema = await fixture.Server.QueryAsync(fixture.ReadToken,
            """{ __type(name: "Query") { fields { name args(includeDeprecated: true) { name isDeprecated deprecationReason } } } }""");

        Assert.Equal(3, Data(result).GetProperty("administrativePenalties").GetProperty("totalCount").GetInt32());
        var args = Data(schema).GetProperty("__type").GetProperty("fields").EnumerateArray()
            .Single(f => f.GetProperty("name").GetString() == "administrativePenalties").GetProperty("args").EnumerateArray()
            .ToDictionary(a => a.GetProperty("name").GetString()!, a => a.GetProperty("deprecationReason").GetString());
        Assert.Equal("use where", args["personIdNumber"]);
        Assert.Equal("use where", args["to"]);
        Assert.Null(args["where"]);
        Assert.Null(args["reason"]);
    }

    private static JsonElement Data(JsonElement result)
    {
        Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
        return result.GetProperty("data");
    }
}
