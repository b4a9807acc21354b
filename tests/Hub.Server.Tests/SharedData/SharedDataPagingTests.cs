using System.Text.Json;

namespace Hub.Server.Tests.SharedData;

/// <summary>Cursor paging and filters of the data-set lists, over HTTP against PostgreSQL.</summary>
public sealed class SharedDataPagingTests(SharedDataFixture fixture) : IClassFixture<SharedDataFixture>
{
    private static readonly string Person = SharedDataRows.PersonId;

    [Fact]
    public async Task First_after_pages_through_every_unsealed_row_newest_first_and_stop_at_the_end()
    {
        var seen = new List<string>();
        string? after = null;
        var pages = 0;
        while (true)
        {
            var afterArgument = after is null ? "" : $", after: \"{after}\"";
            var result = await fixture.Server.QueryAsync(fixture.ReadToken,
                $"{{ administrativePenalties(personIdNumber: \"{Person}\", first: 10{afterArgument}) {{ totalCount pageInfo {{ hasNextPage hasPreviousPage endCursor }} edges {{ cursor node {{ decisionNo }} }} }} }}");
            var connection = result.GetProperty("data").GetProperty("administrativePenalties");
            Assert.Equal(SharedDataRows.PersonPenalties, connection.GetProperty("totalCount").GetInt32());
            var pageInfo = connection.GetProperty("pageInfo");
            Assert.Equal(pages > 0, pageInfo.GetProperty("hasPreviousPage").GetBoolean());
            seen.AddRange(connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("decisionNo").GetString()!));
            pages++;
            if (!pageInfo.GetProperty("hasNextPage").GetBoolean())
            {
                break;
            }

            after = pageInfo.GetProperty("endCursor").GetString();
        }

        Assert.Equal(3, pages);
        var expected = Enumerable.Range(1, SharedDataRows.PersonPenalties).Reverse().Select(SharedDataRows.PenaltyNo).ToList();
        Assert.Equal(expected, seen);
    }

    [Fact]
    public async Task Last_before_pages_backwards_with_index_cursors()
    {
        var result = await fixture.Server.QueryAsync(fixture.ReadToken,
            $"{{ administrativePenalties(personIdNumber: \"{Person}\", last: 2, before: \"MTA=\") {{ pageInfo {{ hasNextPage hasPreviousPage startCursor endCursor }} nodes {{ decisionNo }} }} }}");
        var connection = result.GetProperty("data").GetProperty("administrativePenalties");

        // Index 10 ("MTA=") is the 11th newest (penalty 15): the two before it are penalties 17 and 16.
        Assert.Equal([SharedDataRows.PenaltyNo(17), SharedDataRows.PenaltyNo(16)], Texts(connection.GetProperty("nodes"), "decisionNo"));
        var pageInfo = connection.GetProperty("pageInfo");
        Assert.Equal("OA==", pageInfo.GetProperty("startCursor").GetString());
        Assert.Equal("OQ==", pageInfo.GetProperty("endCursor").GetString());
        Assert.True(pageInfo.GetProperty("hasPreviousPage").GetBoolean());
        Assert.True(pageInfo.GetProperty("hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task Without_first_or_last_a_page_has_the_default_size_and_over_fifty_is_HotChocolates_error()
    {
        var page = await fixture.Server.QueryAsync(fixture.ReadToken, "{ administrativePenalties { nodes { decisionNo } } }");
        Assert.Equal(10, page.GetProperty("data").GetProperty("administrativePenalties").GetProperty("nodes").GetArrayLength());

        var tooMany = await fixture.Server.QueryAsync(fixture.ReadToken, "{ administrativePenalties(first: 51) { nodes { decisionNo } } }");
        var error = Assert.Single(tooMany.GetProperty("errors").EnumerateArray());
        Assert.Equal("The maximum allowed items per page were exceeded.", error.GetProperty("message").GetString());
        var extensions = error.GetProperty("extensions");
        Assert.Equal("HC0051", extensions.GetProperty("code").GetString());
        Assert.Equal("Query.administrativePenalties", extensions.GetProperty("coordinate").GetString());
        Assert.Equal(51, extensions.GetProperty("requestedItems").GetInt32());
        Assert.Equal(50, extensions.GetProperty("maxAllowedItems").GetInt32());
        Assert.Equal(JsonValueKind.Null, tooMany.GetProperty("data").GetProperty("administrativePenalties").ValueKind);

        var badCursor = await fixture.Server.QueryAsync(fixture.ReadToken, "{ administrativePenalties(after: \"not a cursor\") { totalCount } }");
        Assert.Equal("HC0078", Assert.Single(badCursor.GetProperty("errors").EnumerateArray()).GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Filters_by_organisation_agency_and_date_range_combine()
    {
        var byCompany = await fixture.Server.QueryAsync(fixture.ReadToken,
            $"{{ administrativePenalties(uscc: \"{SharedDataRows.CompanyUscc}\") {{ totalCount nodes {{ sourceAgency entityUscc }} }} }}");
        var company = byCompany.GetProperty("data").GetProperty("administrativePenalties");
        Assert.Equal(3, company.GetProperty("totalCount").GetInt32());
        Assert.All(company.GetProperty("nodes").EnumerateArray(), n => Assert.Equal(SharedDataRows.CompanyUscc, n.GetProperty("entityUscc").GetString()));

        var byAgency = await fixture.Server.QueryAsync(fixture.ReadToken, "{ administrativePenalties(sourceAgency: \"ECO\") { totalCount } }");
        Assert.Equal(3, byAgency.GetProperty("data").GetProperty("administrativePenalties").GetProperty("totalCount").GetInt32());

        var inRange = await fixture.Server.QueryAsync(fixture.ReadToken,
            "{ administrativePenalties(sourceAgency: \"PSB\", from: \"2024-01-05\", to: \"2024-01-07\") { totalCount nodes { decisionDate } } }");
        var range = inRange.GetProperty("data").GetProperty("administrativePenalties");
        Assert.Equal(3, range.GetProperty("totalCount").GetInt32());
        Assert.Equal(["2024-01-07", "2024-01-06", "2024-01-05"], Texts(range.GetProperty("nodes"), "decisionDate"));
    }

    [Fact]
    public async Task A_bad_key_argument_is_an_error_that_names_the_argument()
    {
        var wrongCheck = SharedDataRows.PersonId[..17] + (SharedDataRows.PersonId[17] == '1' ? '2' : '1');
        var result = await fixture.Server.QueryAsync(fixture.ReadToken,
            $"{{ administrativePenalties(personIdNumber: \"{wrongCheck}\") {{ totalCount }} }}");
        var error = Assert.Single(result.GetProperty("errors").EnumerateArray());
        Assert.Contains("\"personIdNumber\"", error.GetProperty("message").GetString());
        Assert.Equal("HUB_INVALID_ID_NUMBER", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("personIdNumber", error.GetProperty("extensions").GetProperty("argument").GetString());

        var badCode = await fixture.Server.QueryAsync(fixture.ReadToken, "{ organization(uscc: \"91310115MA1H8R7C6D\") { name } }");
        var codeError = Assert.Single(badCode.GetProperty("errors").EnumerateArray());
        Assert.Equal("HUB_INVALID_USCC", codeError.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("uscc", codeError.GetProperty("extensions").GetProperty("argument").GetString());
    }

    [Fact]
    public async Task Several_bad_arguments_report_the_filter_first_then_paging_then_the_reason()
    {
        var reason = new string('r', 501);
        var codes = new List<string>();
        foreach (var arguments in new[]
        {
            $"from: \"2024-02-01\", to: \"2024-01-01\", first: 51, reason: \"{reason}\"",
            $"first: 51, reason: \"{reason}\"",
            $"reason: \"{reason}\"",
        })
        {
            var result = await fixture.Server.QueryAsync(fixture.ReadToken, $"{{ administrativePenalties({arguments}) {{ totalCount }} }}");
            var error = Assert.Single(result.GetProperty("errors").EnumerateArray());
            codes.Add(error.GetProperty("extensions").GetProperty("code").GetString()!);
            Assert.Equal(JsonValueKind.Null, result.GetProperty("data").GetProperty("administrativePenalties").ValueKind);
        }

        Assert.Equal(["HUB_INVALID_DATE_RANGE", "HC0051", "HUB_INVALID_REASON"], codes);
    }

    private static List<string> Texts(JsonElement nodes, string field) =>
        nodes.EnumerateArray().Select(n => n.GetProperty(field).GetString()!).ToList();
}
